import type { SitePages } from './site-files.ts';
import { sizeOf } from './site-files.ts';

/** Bytes in a kilobyte, as the budgets count them. */
export const KB = 1024;

/** The page budgets (issue 5): one article page, the home page (before images), all the CSS. */
export const BUDGET = { articleHtml: 30 * KB, homeHtml: 80 * KB, totalCss: 15 * KB } as const;

/**
 * Bytes of the site's own CSS: its stylesheet files plus each distinct inline <style> block.
 * Pagefind's UI stylesheet is a third-party asset, counted apart. Inline blocks are found in the
 * raw HTML, not a parsed DOM: an archive-scale build has thousands of pages.
 */
export function ownCssBytes(site: SitePages): number {
  const files = site.files.filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/'));
  const inline = new Set(
    site.htmlFiles.flatMap((f) =>
      [...site.read(f).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!),
    ),
  );
  return (
    files.reduce((n, f) => n + sizeOf(site.build, f), 0) +
    [...inline].reduce((n, css) => n + Buffer.byteLength(css), 0)
  );
}
