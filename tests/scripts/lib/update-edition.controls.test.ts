/**
 * The overrides file's line controls reach the splitter: parsed before the split, passed through
 * splitText to splitBulletin with the file to blame, and a control the splitter rejects stops the
 * update as one overrides error line, nothing written. The splitter is stubbed here (it rejects a
 * line past the bulletin's end, as the real one does), so these check the plumbing, not how the
 * splitter honours each control (tests/splitter does that).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeFailure } from '../../../scripts/lib/cli-error.ts';
import { displayPath } from '../../../scripts/lib/display-path.ts';
import { projectPaths, type ProjectPaths } from '../../../scripts/lib/project-paths.ts';
import { updateEdition, type EditionJob } from '../../../scripts/lib/update-edition.ts';
import { InputError } from '../../../src/regenerate/input-error.ts';
import type { SplitOptions } from '../../../src/splitter/split-bulletin.ts';
import { snapshot } from '../snapshot-folder.ts';
import { SEED, seedEditionJob } from './seed-edition-job.ts';

const calls = vi.hoisted(() => [] as SplitOptions[]);
vi.mock('../../../src/splitter/split-bulletin.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/splitter/split-bulletin.ts')>();
  return {
    ...real,
    splitBulletin: (text: string, options: SplitOptions) => {
      calls.push(options);
      const count = text.replace(/\n$/, '').split('\n').length;
      for (const key of Object.keys(options.controls?.lines ?? {}))
        if (Number(key) > count)
          throw new InputError(
            options.controls!.file,
            `lines.${key}: the bulletin has only ${count} lines`,
          );
      // The controls' effect is the splitter's business: split as if there were none.
      return real.splitBulletin(text, { ...options, controls: undefined });
    },
  };
});

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SEED_LINES = SEED.replace(/\n$/, '').split('\n').length;

let tmp: string;
let paths: ProjectPaths;
let overrides: string;
beforeEach(() => {
  calls.length = 0;
  tmp = mkdtempSync(join(tmpdir(), 'update-edition-controls-'));
  paths = projectPaths(tmp);
  mkdirSync(paths.bulletins, { recursive: true });
  copyFileSync(join(ROOT, 'content/tags.yaml'), paths.tags);
  writeFileSync(join(paths.bulletins, '2025-06-18.txt'), SEED);
  overrides = join(paths.bulletins, '2025-06-18.overrides.yaml');
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const job = (extra: Partial<EditionJob> = {}) => seedEditionJob(paths, extra);
const content = () => snapshot(join(tmp, 'content'));

describe('line controls from the overrides file', () => {
  it('reach splitBulletin with the overrides file to blame', async () => {
    writeFileSync(overrides, 'lines:\n  3: headline\n  9: { continues: none }\n');
    await updateEdition(job());
    expect(calls.map((o) => o.controls)).toEqual([
      { lines: { '3': 'headline', '9': { continues: 'none' } }, file: displayPath(overrides) },
    ]);
  });

  it('reach even a split made only for the report (ingest of an unchanged edition)', async () => {
    writeFileSync(overrides, 'lines:\n  3: headline\n');
    await updateEdition(job());
    calls.length = 0;
    const again = await updateEdition(job({ wantResult: true }));
    expect(again.status).toBe('unchanged');
    expect(calls.map((o) => o.controls?.lines)).toEqual([{ '3': 'headline' }]);
  });

  it('are empty without an overrides file', async () => {
    await updateEdition(job());
    expect(calls.map((o) => o.controls?.lines)).toEqual([{}]);
  });

  it('stop the run before splitting when the file is bad: one line naming lines.<N>', async () => {
    writeFileSync(overrides, 'lines:\n  57: headlin\n');
    const error = await updateEdition(job()).catch((e: unknown) => e);
    expect(calls).toEqual([]);
    const { line, code } = describeFailure('split-all', null, error);
    expect(code).toBe(2);
    expect(line).toMatch(
      new RegExp(`^split-all: ${displayPath(overrides)}: lines\\.57: expected headline, `),
    );
    expect(content()['articles/2025-06-18']).toBeUndefined();
  });

  it('turn a control the splitter rejects into the one-line overrides error, nothing written', async () => {
    writeFileSync(overrides, '');
    await updateEdition(job());
    const before = content();
    writeFileSync(overrides, 'lines:\n  9999: headline\n');
    const error = await updateEdition(job()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const { line, code } = describeFailure('split-all', null, error);
    expect(code).toBe(2);
    expect(line).toBe(
      `split-all: ${displayPath(overrides)}: lines.9999: the bulletin has only ${SEED_LINES} lines`,
    );
    const after = content();
    expect(after['bulletins/2025-06-18.overrides.yaml']).not.toEqual(
      before['bulletins/2025-06-18.overrides.yaml'],
    );
    delete after['bulletins/2025-06-18.overrides.yaml'];
    delete before['bulletins/2025-06-18.overrides.yaml'];
    expect(after, 'nothing written').toEqual(before);
  });
});
