import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditionReportSchema } from '../../src/schemas/overrides.ts';
import { parseArticleFile } from '../../src/splitter/render-article-file.ts';
import { launchChromium } from '../site/helpers/chromium.ts';
import { serveBuild } from '../site/helpers/static-server.ts';
import { snapshot } from '../scripts/snapshot-folder.ts';
import { copyProject, ROOT, runNode, type Run } from './project-copy.ts';

// The project's own copy of the seed bulletin, so the test reads nothing outside the repository.
const SEED = join(ROOT, 'content', 'bulletins', '2025-06-18.txt');
const SECOND = join(ROOT, 'tests', 'e2e', 'fixtures', '2024-12-31.txt');
const TITLE_ID = '2025-06-18-f7d7a078';
const EDITED = 'content/articles/2025-06-18/yi-xie-di-qu-qu-xiao-guo-bu.md';

let dir: string;
beforeAll(() => {
  dir = copyProject();
});
afterAll(() => {
  if (!process.env.KEEP_E2E_PROJECT) rmSync(dir, { recursive: true, force: true });
});

const ingest = (...args: string[]) => runNode(dir, 'scripts/ingest.ts', args);
const splitAll = (args: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  runNode(dir, 'scripts/split-all.ts', args, env);
const content = () => snapshot(join(dir, 'content'));
const edition = (date: string) => snapshot(join(dir, 'content', 'articles', date));
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const write = (path: string, text: string) => writeFileSync(join(dir, path), text);
const article = (path: string) => parseArticleFile(read(path)).data;
const ok = (run: Run) => {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
};
const overrides = (extra = '') =>
  write(
    'content/bulletins/2025-06-18.overrides.yaml',
    `articles:\n  ${TITLE_ID}:\n    title: 外汇局征求意见（编辑改）\n    tags: [外汇, 金融, 改革]\n${extra}`,
  );

describe('regenerating a project copy end to end', () => {
  let first: Record<string, string>;

  it('ingests the seed, and split-all then skips it', () => {
    const out = ok(ingest(SEED));
    expect(out).toMatch(/stored this bulletin/);
    expect(out).toMatch(/2025-06-18\.txt \(2025-06-18\): 6 articles/);
    expect(read('content/bulletins/2025-06-18.txt')).toBe(readFileSync(SEED, 'utf8'));
    EditionReportSchema.parse(JSON.parse(read('content/reports/2025-06-18.json')));
    expect(ok(splitAll())).toBe('split-all: 2025-06-18: unchanged, skipped\n');
    first = edition('2025-06-18');
    expect(Object.keys(first).filter((n) => n.endsWith('.md'))).toHaveLength(6);
  });

  it('ingests a second bulletin under another date, leaving the first edition byte-identical', () => {
    const before = content();
    expect(ok(ingest(SECOND))).toMatch(/2024-12-31\.txt \(2024-12-31\): 6 articles/);
    expect(edition('2025-06-18')).toEqual(first);
    expect(Object.keys(edition('2024-12-31')).filter((n) => n.endsWith('.md'))).toHaveLength(6);
    const added = Object.keys(content()).filter((p) => !(p in before));
    expect(added.every((p) => p.includes('2024-12-31'))).toBe(true);
  });

  it('changes nothing when the same bulletin is ingested again, in any encoding', () => {
    const before = content();
    ok(ingest(SECOND));
    const text = readFileSync(SEED, 'utf8');
    const encoded: [string, Buffer][] = [
      ['seed-gb18030.txt', iconv.encode(text, 'gb18030')],
      ['seed-utf16le.txt', iconv.encode(text, 'utf-16le', { addBOM: true })],
      ['seed-utf16be.txt', iconv.encode(text, 'utf-16be', { addBOM: true })],
    ];
    for (const [name, bytes] of encoded) {
      writeFileSync(join(dir, name), bytes);
      expect(ok(ingest(join(dir, name), '--date', '2025-06-18', '--replace'))).toMatch(
        /already holds this bulletin/,
      );
    }
    expect(content()).toEqual(before);
  });

  it('refuses a bulletin whose date it cannot tell, with one line', () => {
    const before = content();
    writeFileSync(join(dir, 'bulletin.txt'), readFileSync(SECOND));
    const run = ingest(join(dir, 'bulletin.txt'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ingest: .*bulletin\.txt: cannot tell the bulletin date: .*\n$/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(content()).toEqual(before);
  });

  it('refuses a different bulletin for a stored date unless --replace', () => {
    const before = content();
    const run = ingest(SECOND, '--date', '2025-06-18');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `ingest: ${SECOND}: content/bulletins/2025-06-18.txt already holds a different bulletin for 2025-06-18; pass --replace to replace it\n`,
    );
    expect(content()).toEqual(before);
  });

  it('applies an override that survives re-splits, and a second split-all is a no-op', () => {
    overrides();
    expect(ok(splitAll())).toMatch(/2025-06-18\.overrides\.yaml added/);
    const path = 'content/articles/2025-06-18/guo-jia-wai-hui-ju-jiu-shen-hua.md';
    expect(article(path)).toMatchObject({
      id: TITLE_ID,
      title: '外汇局征求意见（编辑改）',
      tags: ['外汇', '金融', '改革'],
    });
    const after = content();
    expect(ok(splitAll())).toBe(
      'split-all: 2024-12-31: unchanged, skipped\nsplit-all: 2025-06-18: unchanged, skipped\n',
    );
    expect(content()).toEqual(after);
    ok(splitAll(['--all']));
    expect(content()).toEqual(after);
    expect(article(path).title).toBe('外汇局征求意见（编辑改）');
  });

  it('stops on a line control that does not fit the bulletin: one line naming lines.<N>, nothing written', () => {
    // Parsed before the split and handed to the splitter in a worker, which rejects the line.
    overrides('lines:\n  9999: headline\n');
    const before = content();
    const run = splitAll();
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('split-all: 2024-12-31: unchanged, skipped\n');
    expect(run.stderr).toMatch(
      /^split-all: content\/bulletins\/2025-06-18\.overrides\.yaml: lines\.9999: [^\n]+\n$/,
    );
    expect(content()).toEqual(before);
    overrides();
    expect(ok(splitAll())).toMatch(/2025-06-18: unchanged, skipped/);
  });

  it('never overwrites a hand edit without --force, and keeps a backup with it', () => {
    const edited = read(EDITED).replace(/\n$/, '\n\n编辑手工补充的一段。\n');
    write(EDITED, edited);
    expect(ok(splitAll())).toMatch(
      /2025-06-18: unchanged, skipped \(hand-edited, kept: yi-xie-di-qu-qu-xiao-guo-bu\.md\)/,
    );
    // An input change re-splits the edition: the hand edit is in the way.
    overrides(`  2025-06-18-e74999a3:\n    summary: 重庆万架无人机表演。\n`);
    const before = content();
    const blocked = splitAll();
    expect(blocked.code).toBe(3);
    expect(blocked.stderr.trimEnd().split('\n')).toEqual([
      `split-all: ${EDITED}: edited by hand since it was generated; left alone, so 2025-06-18 was not regenerated (it would be overwritten; --force overwrites it and keeps a backup)`,
    ]);
    expect(content()).toEqual(before);
    const forced = ok(splitAll(['--force']));
    expect(forced).toMatch(
      /backed up .*yi-xie-di-qu-qu-xiao-guo-bu\.md → content\/backups\/2025-06-18\/yi-xie-di-qu-qu-xiao-guo-bu\.md\.bak-1/,
    );
    expect(read('content/backups/2025-06-18/yi-xie-di-qu-qu-xiao-guo-bu.md.bak-1')).toBe(edited);
    expect(read(EDITED)).not.toContain('编辑手工补充');
  });

  it('leaves articles, manifest, registry and report as they were after an injected failure', () => {
    overrides(`    slug: wai-hui-ju-zheng-qiu-yi-jian\n`);
    const before = content();
    // Step 2 is while staging; 11 and 14 are while swapping in (after the registry, then after
    // the report and with the old edition folder moved aside).
    for (const steps of ['2', '11', '14']) {
      const failed = splitAll([], { NEWS_DIGEST_FAIL_AFTER: steps });
      expect(failed.code).toBe(1);
      expect(failed.stderr).toBe(
        `split-all: content/bulletins/2025-06-18.txt: internal error: injected failure after ${steps} write steps (NEWS_DIGEST_FAIL_AFTER)\n`,
      );
      expect(content()).toEqual(before);
    }
    ok(splitAll());
    expect(
      existsSync(join(dir, 'content/articles/2025-06-18/wai-hui-ju-zheng-qiu-yi-jian.md')),
    ).toBe(true);
    expect(JSON.parse(read('content/bulletins/2025-06-18.urls.json'))[TITLE_ID]).toEqual([
      'wai-hui-ju-zheng-qiu-yi-jian',
      'guo-jia-wai-hui-ju-jiu-shen-hua',
    ]);
  });

  it('builds the site with both editions, byte-identical twice', () => {
    const astro = 'node_modules/astro/bin/astro.mjs';
    const build = (out: string) =>
      ok({ ...runNode(dir, astro, ['build', '--outDir', out]), stderr: '' });
    build(join(dir, 'dist-1'));
    build(join(dir, 'dist-2'));
    for (const date of ['2025-06-18', '2024-12-31'])
      expect(existsSync(join(dir, 'dist-1', 'editions', date, 'index.html'))).toBe(true);
    const page = readFileSync(
      join(dir, 'dist-1', 'articles', '2025-06-18', 'wai-hui-ju-zheng-qiu-yi-jian', 'index.html'),
      'utf8',
    );
    expect(page).toContain('外汇局征求意见（编辑改）');
    expect(snapshot(join(dir, 'dist-2'))).toEqual(snapshot(join(dir, 'dist-1')));
  });

  it('publishes one search shard per quarter, and the search page merges them in Chromium', async () => {
    const shards = JSON.parse(read('dist-1/pagefind/shards.json')) as { shards: string[] };
    expect(shards).toEqual({ shards: ['2025-q2', '2024-q4'] });
    const server = await serveBuild({ outDir: join(dir, 'dist-1'), base: '/' });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      // 罢工 is only in the 2024-12-31 edition (the older shard), 无人机 only in 2025-06-18.
      for (const [term, edition] of [
        ['罢工', '2024-12-31'],
        ['无人机', '2025-06-18'],
      ] as const) {
        await page.goto(`${server.root}search/?q=${encodeURIComponent(term)}`);
        const first = page.locator('.pagefind-ui__result a.pagefind-ui__result-link').first();
        await first.waitFor({ timeout: 15_000 });
        expect(await first.getAttribute('href')).toContain(`/articles/${edition}/`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('replaces a bulletin with --replace, removing the generated articles it no longer has', () => {
    const old = Object.keys(edition('2025-06-18')).filter((n) => n.endsWith('.md'));
    const out = ok(ingest(SECOND, '--date', '2025-06-18', '--replace'));
    expect(out).toMatch(/stored this bulletin/);
    expect(read('content/bulletins/2025-06-18.txt')).toBe(readFileSync(SECOND, 'utf8'));
    const now = Object.keys(edition('2025-06-18')).filter((n) => n.endsWith('.md'));
    expect(now).toHaveLength(6);
    expect(now.filter((n) => old.includes(n))).toEqual([]);
    // The old ids keep their URLs reserved in the registry.
    expect(JSON.parse(read('content/bulletins/2025-06-18.urls.json'))[TITLE_ID]).toBeDefined();
  });
});
