import { copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../scripts/snapshot-folder.ts';
import { copyProject, ROOT, runNode } from './project-copy.ts';

const SEED = join(ROOT, 'content', 'bulletins', '2025-06-18.txt');
const SECOND = join(ROOT, 'tests', 'e2e', 'fixtures', '2024-12-31.txt');

let dir: string;
beforeAll(() => {
  dir = copyProject();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Every path under content/, hidden ones included: a staged edition lives in hidden files.
const content = () => Object.keys(snapshot(join(dir, 'content'))).sort();

describe('split-all stopping at a bad bulletin', () => {
  it('commits the editions before it, and leaves no trace of the ones after it', () => {
    const bulletins = join(dir, 'content', 'bulletins');
    for (const name of readdirSync(bulletins)) rmSync(join(bulletins, name));
    // Many editions after the bad one, so the workers have staged some before the run stops.
    copyFileSync(SECOND, join(bulletins, '2024-12-31.txt'));
    writeFileSync(join(bulletins, '2025-01-01.txt'), '只有一行，没有标题\n');
    for (let day = 2; day <= 20; day++)
      copyFileSync(SEED, join(bulletins, `2025-01-${String(day).padStart(2, '0')}.txt`));
    const before = content();

    const run = runNode(dir, 'scripts/split-all.ts', []);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'split-all: content/bulletins/2025-01-01.txt: no article found: no headline followed by a dateline or a photo credit\n',
    );
    expect(run.stdout).toMatch(/^split-all: 2024-12-31\.txt → content\/articles\/2024-12-31: /);
    const after = content();
    const added = after.filter((p) => !before.includes(p));
    // Only the first edition's files (and the folders holding them); nothing staged, nothing later.
    expect(
      added.filter((p) => p.split('/').some((s) => s.startsWith('.') && s !== '.manifest.json')),
    ).toEqual([]);
    expect(added.filter((p) => /2025-01-/.test(p))).toEqual([]);
    expect(added).toContain('articles/2024-12-31/.manifest.json');
  });
});
