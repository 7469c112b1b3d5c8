import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { publishSearchIndex } from './publish-search-index.ts';

/** Where the search index shards are cached between builds, under the project root. */
export const SEARCH_CACHE = 'node_modules/.cache/news-digest/search/';

/**
 * Build the Pagefind search index alongside `astro build`: at build start a worker thread
 * (scripts/build-search-index.ts) brings the shard cache up to date from content/articles on the
 * second core while Astro renders pages; at build end it is awaited and published into
 * `<dist>/pagefind/`. `NEWS_DIGEST_SEARCH=off` skips it (the benchmark's naive comparison).
 */
export function pagefindSearch(): AstroIntegration {
  let root: URL;
  let indexer: Promise<void> | undefined;
  return {
    name: 'news-digest:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:start': () => {
        if (process.env.NEWS_DIGEST_SEARCH === 'off') return;
        indexer = runIndexer(root);
        // A failed build must not wait for, or leave behind, the indexer.
        indexer.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexer) return;
        await indexer;
        const out = new URL('pagefind/', dir);
        const shards = publishSearchIndex(new URL(SEARCH_CACHE, root), out);
        logger.info(`search index: ${shards.length} shards → ${out.pathname}`);
      },
    },
  };
}

// The indexer runs in a worker thread: it uses the second core, not Astro's thread, and shares
// Astro's process (a separate Node process cost about 110 MB more beside Astro). Pagefind itself
// is a child process of the worker.
function runIndexer(root: URL): Promise<void> {
  const script = new URL('scripts/build-search-index.ts', root);
  const worker = new Worker(script, {
    argv: ['--cache-only'],
    // A small young generation: the indexer's garbage is short-lived text.
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`search index: ${script.pathname} failed (exit ${code})`));
    });
  });
}
