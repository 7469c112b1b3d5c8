import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../../scripts/lib/cli-error.ts';
import { prepareEdition } from '../../../scripts/lib/prepare-edition.ts';
import { projectPaths, type ProjectPaths } from '../../../scripts/lib/project-paths.ts';
import { pruneEditions } from '../../../scripts/lib/prune-editions.ts';
import { updateEdition, type EditionJob } from '../../../scripts/lib/update-edition.ts';
import { snapshot } from '../snapshot-folder.ts';
import { SEED, seedEditionJob } from './seed-edition-job.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const ARTICLE = 'content/articles/2025-06-18/guo-jia-wai-hui-ju-jiu-shen-hua.md';
const ID = '2025-06-18-f7d7a078';

let tmp: string;
let paths: ProjectPaths;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'update-edition-'));
  paths = projectPaths(tmp);
  mkdirSync(paths.bulletins, { recursive: true });
  copyFileSync(join(ROOT, 'content/tags.yaml'), paths.tags);
  writeFileSync(join(paths.bulletins, '2025-06-18.txt'), SEED);
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const job = (extra: Partial<EditionJob> = {}) => seedEditionJob(paths, extra);
const content = () => snapshot(join(tmp, 'content'));
const at = (path: string) => join(tmp, path);

describe('updateEdition', () => {
  it('writes articles, registry, report and manifest once, then skips', async () => {
    const first = await updateEdition(job());
    expect(first.status).toBe('written');
    expect(first.reasons).toEqual(['no manifest']);
    const written = content();
    expect(Object.keys(written).filter((p) => p.endsWith('.md'))).toHaveLength(6);
    expect(written['articles/2025-06-18/.manifest.json']).toBeDefined();
    expect(written['reports/2025-06-18.json']).toBeDefined();
    expect(written['bulletins/2025-06-18.urls.json']).toBeDefined();
    const second = await updateEdition(job());
    expect(second.status).toBe('unchanged');
    expect(content()).toEqual(written);
    // A new splitter version re-splits, but only the manifest changes.
    const third = await updateEdition(job({ splitter: 'b'.repeat(64) }));
    expect(third.reasons).toEqual(['splitter version changed']);
    expect(third.plan?.written).toEqual([]);
  });

  it('tells an intact edition from its hashes alone, and looks closer at any difference', async () => {
    await updateEdition(job());
    const prepared = () => prepareEdition(job());
    // Intact: the folder is not even classified.
    expect(prepared().folder).toBeNull();
    writeFileSync(at('content/articles/2025-06-18/extra.md'), 'not an article\n');
    expect(() => prepared()).toThrow(CliError);
    rmSync(at('content/articles/2025-06-18/extra.md'));
    writeFileSync(at(ARTICLE), `${readFileSync(at(ARTICLE), 'utf8')}\n编辑补记。\n`);
    const edited = prepared();
    expect(edited.folder).not.toBeNull();
    expect(edited.fresh).toEqual({ reasons: [], edited: [ARTICLE] });
    expect(prepareEdition(job({ splitter: 'b'.repeat(64) })).fresh.reasons).toEqual([
      'splitter version changed',
    ]);
  });

  it('leaves every file as it was when the writer fails at any step', async () => {
    await updateEdition(job());
    writeFileSync(
      join(paths.bulletins, '2025-06-18.overrides.yaml'),
      `articles:\n  ${ID}:\n    slug: wai-hui-gai-ge\n    title: 新标题\n`,
    );
    const before = content();
    let n = 0;
    for (; ; n++) {
      try {
        await updateEdition(job({ hooks: { failAfter: n } }));
        break;
      } catch (error) {
        expect(String(error)).toMatch(/injected failure/);
        expect(content()).toEqual(before);
      }
    }
    // Staged: registry, report, 6 articles + manifest; then the renames.
    expect(n).toBeGreaterThan(9);
    expect(readFileSync(join(paths.bulletins, '2025-06-18.urls.json'), 'utf8')).toContain(
      `"${ID}": [\n    "wai-hui-gai-ge",\n    "guo-jia-wai-hui-ju-jiu-shen-hua"\n  ]`,
    );
  });

  it('keeps hand edits: skipped while unchanged, a conflict on re-split, backed up with force', async () => {
    await updateEdition(job());
    const edited = readFileSync(at(ARTICLE), 'utf8').replace(
      'title: 国家外汇局',
      'title: 国家外汇管理局',
    );
    writeFileSync(at(ARTICLE), edited);
    const kept = await updateEdition(job());
    expect(kept).toMatchObject({ status: 'unchanged', edited: [ARTICLE] });
    const before = content();
    const conflict = await updateEdition(job({ always: true }));
    expect(conflict.status).toBe('conflict');
    expect(conflict.plan?.conflicts).toEqual([
      { name: 'guo-jia-wai-hui-ju-jiu-shen-hua.md', action: 'overwrite' },
    ]);
    expect(content()).toEqual(before);
    const forced = await updateEdition(job({ always: true, force: true }));
    expect(forced.status).toBe('written');
    const backup = at('content/backups/2025-06-18/guo-jia-wai-hui-ju-jiu-shen-hua.md.bak-1');
    expect([...forced.backups.values()]).toEqual([backup]);
    expect(readFileSync(backup, 'utf8')).toBe(edited);
    expect(readFileSync(at(ARTICLE), 'utf8')).not.toBe(edited);
  });

  it('stops on a file that is not a generated article, naming it (exit 2)', async () => {
    await updateEdition(job());
    writeFileSync(at('content/articles/2025-06-18/notes.txt'), '备注');
    const error = await updateEdition(job()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).code).toBe(2);
    expect((error as Error).message).toMatch(/notes\.txt: not an article file/);
  });

  it('stores the bulletin as UTF-8 when asked, even when nothing else changes', async () => {
    writeFileSync(join(paths.bulletins, '2025-06-18.txt'), SEED.replace(/\n/g, '\r\n'));
    await updateEdition(job({ storeBulletin: true }));
    expect(readFileSync(join(paths.bulletins, '2025-06-18.txt'), 'utf8')).toBe(SEED);
    writeFileSync(join(paths.bulletins, '2025-06-18.txt'), SEED.replace(/\n/g, '\r\n'));
    const again = await updateEdition(job({ storeBulletin: true }));
    expect(again.status).toBe('unchanged');
    expect(readFileSync(join(paths.bulletins, '2025-06-18.txt'), 'utf8')).toBe(SEED);
  });
});

describe('pruneEditions', () => {
  const options = { force: false, hooks: {}, prefix: 'test' };

  it('removes an edition and its report once its bulletin is gone, keeping the registry', async () => {
    await updateEdition(job());
    const out = pruneEditions(paths, new Set(), options);
    expect(out.out).toEqual([expect.stringMatching(/removed .*2025-06-18: its bulletin is gone$/)]);
    expect(Object.keys(content()).sort()).toEqual([
      'articles',
      'bulletins',
      'bulletins/2025-06-18.txt',
      'bulletins/2025-06-18.urls.json',
      'reports',
      'tags.yaml',
    ]);
  });

  it('keeps a hand-edited edition unless forced', async () => {
    await updateEdition(job());
    writeFileSync(at(ARTICLE), `${readFileSync(at(ARTICLE), 'utf8')}\n编辑补充。\n`);
    const kept = pruneEditions(paths, new Set(), options);
    expect(kept.err).toEqual([
      expect.stringMatching(/guo-jia-wai-hui-ju-jiu-shen-hua\.md: edited by hand/),
    ]);
    expect(content()[ARTICLE.replace('content/', '')]).toBeDefined();
    const forced = pruneEditions(paths, new Set(), { ...options, force: true });
    expect(forced.err).toEqual([]);
    expect(content()['backups/2025-06-18/guo-jia-wai-hui-ju-jiu-shen-hua.md.bak-1']).toBeDefined();
    expect(content()['articles/2025-06-18']).toBeUndefined();
  });
});
