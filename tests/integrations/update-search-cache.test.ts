import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishSearchIndex } from '../../src/integrations/publish-search-index.ts';
import { updateSearchCache } from '../../src/integrations/update-search-cache.ts';

// The real Pagefind, on the seed's articles copied into two quarters: 2025-06-18 (2025-q2) and a
// copy of two of them dated 2024-12-31 (2024-q4).
const SEED = join(import.meta.dirname, '..', '..', 'content', 'articles', '2025-06-18');

describe('updateSearchCache + publishSearchIndex (real Pagefind)', () => {
  let dir: string;
  let articles: URL;
  let cache: URL;
  let out: URL;
  const dirUrl = (path: string) => pathToFileURL(join(dir, path) + '/');

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'search-cache-'));
    cpSync(SEED, join(dir, 'articles', '2025-06-18'), { recursive: true });
    const old = join(dir, 'articles', '2024-12-31');
    cpSync(SEED, old, { recursive: true });
    for (const name of readdirSync(old)
      .filter((n) => n.endsWith('.md'))
      .slice(2))
      rmSync(join(old, name));
    articles = dirUrl('articles');
    cache = dirUrl('cache');
    out = dirUrl('dist/pagefind');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds one bundle per quarter and publishes them newest first with the UI files', async () => {
    const { plan, indexed } = await updateSearchCache(articles, cache, 'v1');
    expect(plan.shards.map((s) => [s.shard, s.build])).toEqual([
      ['2025-q2', true],
      ['2024-q4', true],
    ]);
    expect(indexed).toBe(plan.shards[0]!.files.length + 2);
    expect(publishSearchIndex(cache, out)).toEqual(['2025-q2', '2024-q4']);
    const published = join(dir, 'dist', 'pagefind');
    expect(JSON.parse(readFileSync(join(published, 'shards.json'), 'utf8'))).toEqual({
      shards: ['2025-q2', '2024-q4'],
    });
    for (const file of [
      'pagefind-ui.js',
      'pagefind-ui.css',
      '2025-q2/pagefind.js',
      '2024-q4/pagefind.js',
    ])
      expect(statSync(join(published, file)).size).toBeGreaterThan(0);
  });

  it('a second run with nothing changed rebuilds no shard', async () => {
    const { plan, indexed } = await updateSearchCache(articles, cache, 'v1');
    expect(plan.shards.filter((s) => s.build)).toEqual([]);
    expect(indexed).toBe(0);
  });

  it('a changed article rebuilds only its quarter; a quarter with no articles left is removed', async () => {
    const old = join(dir, 'articles', '2024-12-31');
    const [first] = readdirSync(old).filter((n) => n.endsWith('.md'));
    const text = readFileSync(join(old, first!), 'utf8');
    writeFileSync(join(old, first!), text.replace(/\n$/, '\n\n补充一段。\n'));
    // Published files are hard links to the cache: a rebuilt shard must not change them in place.
    const publishedEntry = join(dir, 'dist', 'pagefind', '2024-q4', 'pagefind-entry.json');
    const before = readFileSync(publishedEntry, 'utf8');
    const changed = await updateSearchCache(articles, cache, 'v1');
    expect(readFileSync(publishedEntry, 'utf8')).toBe(before);
    expect(changed.plan.shards.map((s) => [s.shard, s.build])).toEqual([
      ['2025-q2', false],
      ['2024-q4', true],
    ]);
    rmSync(old, { recursive: true });
    const removed = await updateSearchCache(articles, cache, 'v1');
    expect(removed.plan.remove).toEqual(['2024-q4']);
    expect(readdirSync(join(dir, 'cache')).sort()).toEqual([
      '2025-q2',
      '2025-q2.key',
      'shards.json',
    ]);
  });
});
