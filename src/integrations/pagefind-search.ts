import { readdir, readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parseArticleFile } from '../splitter/render-article-file.ts';
import { toSearchRecord } from '../utils/to-search-record.ts';

// Files are read and indexed a batch at a time, so memory holds one batch of text, not the archive.
const BATCH = 200;

/**
 * Build the Pagefind search index after `astro build` into `<dist>/pagefind/`, fed the articles' text
 * directly (content/articles) instead of re-reading thousands of built pages. `NEWS_DIGEST_SEARCH=off`
 * skips it (the benchmark measures the index as a stage of its own with scripts/build-search-index.ts).
 */
export function pagefindSearch(): AstroIntegration {
  let root: URL;
  return {
    name: 'news-digest:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.NEWS_DIGEST_SEARCH === 'off') return;
        const count = await buildSearchIndex(
          new URL('content/articles/', root),
          new URL('pagefind/', dir),
        );
        logger.info('indexed ' + count + ' articles into ' + new URL('pagefind/', dir).pathname);
      },
    },
  };
}

/** Index every article under `articlesDir` into a Pagefind bundle at `outDir`; returns the count. */
export async function buildSearchIndex(articlesDir: URL, outDir: URL): Promise<number> {
  const files = (await readdir(articlesDir, { recursive: true }))
    // Dot-folders are a writer's unfinished temporary editions, never published.
    .filter((f) => f.endsWith('.md') && !f.split('/').some((part) => part.startsWith('.')))
    .sort();
  // Every page says lang="zh-CN"; the extended binary (the default) segments Chinese text,
  // so a search for 无人机 finds 万架无人机.
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error('Pagefind could not start: ' + errors.join('; '));
  try {
    for (let start = 0; start < files.length; start += BATCH) {
      const texts = await Promise.all(
        files.slice(start, start + BATCH).map((f) => readFile(new URL(f, articlesDir), 'utf8')),
      );
      for (const text of texts) {
        const { data, body } = parseArticleFile(text);
        const added = await index.addCustomRecord(toSearchRecord(data, body));
        if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      }
    }
    const written = await index.writeFiles({ outputPath: outDir.pathname });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return files.length;
  } finally {
    await pagefind.close();
  }
}
