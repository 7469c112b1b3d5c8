import type { FileScan } from './scan-files.ts';

const ARTICLE_PAGE = /^articles\/.+\/index\.html$/;

/** Article pages in a scan of `dist/`: what the search index covers when its log does not say. */
export function countArticlePages(scan: FileScan): number {
  return [...scan.keys()].filter((p) => ARTICLE_PAGE.test(p)).length;
}
