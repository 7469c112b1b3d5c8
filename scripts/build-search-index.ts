/**
 * CLI (npm run search:index): bring the search index cache up to date with content/articles and
 * publish it into dist/pagefind. `astro build` runs it itself (src/integrations/pagefind-search.ts),
 * with `--cache-only` while it renders pages, and publishes the result when the pages are done.
 */
import { fileURLToPath } from 'node:url';
import { publishSearchIndex } from '../src/integrations/publish-search-index.ts';
import { SEARCH_CACHE } from '../src/integrations/pagefind-search.ts';
import { updateSearchCache } from '../src/integrations/update-search-cache.ts';
import { sourceVersion } from './lib/source-version.ts';

// The code that decides what a shard holds: a change to any of it (or to a package it imports,
// Pagefind included) rebuilds every shard, with no version number to remember to bump.
const INDEX_SOURCES = [
  'src/search',
  'src/integrations/update-search-cache.ts',
  'src/splitter/render-article-file.ts',
  'src/schemas/article.ts',
  'src/utils/to-search-record.ts',
  'src/utils/format-chinese-date.ts',
  'src/utils/get-kind-label.ts',
];

const root = new URL('../', import.meta.url);
const args = process.argv.slice(2);
if (args.some((a) => a !== '--cache-only')) {
  console.error(`search-index: unknown option ${args.find((a) => a !== '--cache-only')}`);
  process.exit(2);
}
try {
  const cache = new URL(SEARCH_CACHE, root);
  const started = performance.now();
  const version = sourceVersion(fileURLToPath(root), INDEX_SOURCES);
  const articles = new URL('content/articles/', root);
  const { plan, indexed } = await updateSearchCache(articles, cache, version);
  const rebuilt = plan.shards.filter((s) => s.build).map((s) => s.shard);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `search-index: indexed ${indexed} article pages in ${seconds} s; rebuilt ${rebuilt.length} of ` +
      `${plan.shards.length} shards (${rebuilt.join(', ') || 'none'}), removed ${plan.remove.length}`,
  );
  if (!args.includes('--cache-only')) {
    const shards = publishSearchIndex(cache, new URL('dist/pagefind/', root));
    console.log(`search-index: published ${shards.length} shards → dist/pagefind/`);
  }
} catch (error) {
  console.error(`search-index: ${(error as Error).message}`);
  process.exit(1);
}
