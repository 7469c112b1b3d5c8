// @ts-check
import process from 'node:process';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { dataStoreFromFile } from './src/integrations/data-store-from-file.ts';
import { pagefindSearch } from './src/integrations/pagefind-search.ts';
import { sitemapFilter } from './src/integrations/sitemap-filter.ts';

// Deployment target, set per environment (for example a GitHub Pages project site):
//   SITE_URL=https://user.github.io BASE_PATH=/news-digest/ npm run build
const site = process.env.SITE_URL || 'https://example.org';
const base = process.env.BASE_PATH || '/';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  markdown: {
    // Article bodies are plain text serialised by remark; with GFM off a bare URL or `~~` stays
    // text, and without smartypants quotes and dashes stay exactly as the bulletin printed them.
    gfm: false,
    smartypants: false,
  },
  build: {
    // One shared stylesheet, cached once, keeps every HTML page small.
    inlineStylesheets: 'never',
    // Pages are rendered a few at a time so that writing one page overlaps rendering the next
    // (npm run bench: 18.4 s → 13.6 s of page generation at 5,000 articles).
    concurrency: 4,
  },
  vite: {
    build: {
      // Astro inlines small processed <script>s; public/_headers allows scripts only from files
      // (script-src 'self', no 'unsafe-inline'), so every script is emitted under _astro/.
      assetsInlineLimit: 0,
    },
  },
  integrations: [
    sitemap({
      // Not content: the 404 page, editors' source pages, old URLs that redirect. Feeds and
      // robots.txt are not pages.
      filter: sitemapFilter(),
    }),
    pagefindSearch(),
    // The content data store is read from a file, not bundled as one huge string (see the module).
    dataStoreFromFile(),
  ],
});
