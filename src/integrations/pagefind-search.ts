import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Built pages that may make up the search index: article pages (those carrying `data-pagefind-body`). */
const ARTICLE_PAGE = /^\/?articles\/.+\/$/;

/**
 * Build a Pagefind search index of the article pages after `astro build`, written to `<dist>/pagefind/`.
 * URLs are indexed relative to the site root, without `base`: at search time Pagefind prefixes
 * the folder its bundle was loaded from (`<base>pagefind/` → `<base>`), so results follow the base.
 */
export function pagefindSearch(): AstroIntegration {
  return {
    name: 'news-digest:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        // Every page says lang="zh-CN"; the extended binary (the default) segments Chinese text,
        // so a search for 无人机 finds 万架无人机.
        const { index, errors } = await pagefind.createIndex();
        if (!index) throw new Error('Pagefind could not start: ' + errors.join('; '));
        try {
          let count = 0;
          for (const { pathname } of pages) {
            if (!ARTICLE_PAGE.test(pathname)) continue;
            const path = pathname.replace(/^\//, '');
            const content = await readFile(new URL(path + 'index.html', dir), 'utf8');
            // Pages under articles/ without a body to index are redirects from old slugs.
            if (!content.includes('data-pagefind-body')) continue;
            const added = await index.addHTMLFile({ url: '/' + path, content });
            if (added.errors.length > 0) throw new Error(added.errors.join('; '));
            count += 1;
          }
          const written = await index.writeFiles({
            outputPath: new URL('pagefind/', dir).pathname,
          });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info('indexed ' + count + ' article pages into ' + written.outputPath);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
