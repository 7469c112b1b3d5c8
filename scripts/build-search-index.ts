/** CLI: build the Pagefind index of content/articles into dist/pagefind (what `astro build` does last). */
import { buildSearchIndex } from '../src/integrations/pagefind-search.ts';

const root = new URL('../', import.meta.url);
const count = await buildSearchIndex(
  new URL('content/articles/', root),
  new URL('dist/pagefind/', root),
);
console.log(`search-index: ${count} articles → dist/pagefind/`);
