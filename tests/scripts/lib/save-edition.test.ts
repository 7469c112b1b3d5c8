import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SplitResult } from '../../../src/schemas/split-result.ts';
import { renderGeneratedFile } from '../../../src/splitter/render-article-file.ts';
import { saveEdition } from '../../../scripts/lib/save-edition.ts';
import { snapshot } from '../snapshot-folder.ts';
import { fakeArticle, fakeResult as makeResult } from '../../regenerate/fake-split.ts';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'save-edition-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('atomic edition writer', () => {
  // Shared fixtures: `count` articles numbered from `offset + 1`.
  const fakeResult = (count: number, offset = 0): SplitResult =>
    makeResult(Array.from({ length: count }, (_, i) => fakeArticle(i + 1 + offset)));

  it('leaves the previous edition byte-identical and no temp folder when the 3rd write fails', () => {
    const out = join(tmp, 'out');
    const edition = saveEdition(out, fakeResult(2, 10));
    const before = snapshot(edition);
    let writes = 0;
    const failing = (path: string, text: string) => {
      if (++writes === 3) throw new Error('disk full');
      writeFileSync(path, text);
    };
    expect(() => saveEdition(out, fakeResult(5), { writeFile: failing })).toThrow('disk full');
    expect(writes).toBe(3);
    expect(snapshot(edition)).toEqual(before);
    expect(readdirSync(out)).toEqual(['2025-06-18']);
  });

  it('replaces the previous edition with exactly the new files', () => {
    const out = join(tmp, 'out');
    saveEdition(out, fakeResult(4, 10));
    const edition = saveEdition(out, fakeResult(2));
    expect(relative(out, edition)).toBe('2025-06-18');
    expect(readdirSync(edition).sort()).toEqual(['wen-zhang-1.md', 'wen-zhang-2.md']);
    expect(readFileSync(join(edition, 'wen-zhang-1.md'), 'utf8')).toBe(
      renderGeneratedFile(fakeArticle(1)),
    );
    expect(readdirSync(out)).toEqual(['2025-06-18']);
  });

  it('refuses duplicate slugs and hand-made files without touching the folder', () => {
    const out = join(tmp, 'out');
    const edition = saveEdition(out, fakeResult(1));
    const twice = fakeResult(2);
    twice.articles[1] = { ...fakeArticle(2), slug: 'wen-zhang-1' };
    expect(() => saveEdition(out, twice)).toThrow(/share the slug "wen-zhang-1"/);
    writeFileSync(join(edition, 'photo.jpg'), 'not an article');
    const before = snapshot(edition);
    expect(() => saveEdition(out, fakeResult(3))).toThrow(/not generated articles \(photo\.jpg\)/);
    expect(snapshot(edition)).toEqual(before);
    expect(readdirSync(out)).toEqual(['2025-06-18']);
  });
});
