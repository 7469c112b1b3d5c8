/**
 * CLI (npm run search:index): bring the search index cache up to date with content/articles and
 * publish it into dist/pagefind. `astro build` runs it itself (src/integrations/pagefind-search.ts),
 * with `--cache-only` while it renders pages, and publishes the result when the pages are done.
 */
import { publishSearchIndex } from '../src/integrations/publish-search-index.ts';
import { SEARCH_CACHE } from '../src/integrations/pagefind-search.ts';
import { updateSearchCache } from '../src/integrations/update-search-cache.ts';

const root = new URL('../', import.meta.url);
const args = process.argv.slice(2);
if (args.some((a) => a !== '--cache-only')) {
  console.error(`search-index: unknown option ${args.find((a) => a !== '--cache-only')}`);
  process.exit(2);
}
try {
  const cache = new URL(SEARCH_CACHE, root);
  const started = performance.now();
  const { plan, indexed } = await updateSearchCache(new URL('content/articles/', root), cache);
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
