/**
 * Articles on one page of a tag or kind listing. Twenty, as newsroom list pages show: a reader
 * scans a day or two of a busy tag at once, and an archive of 20,000 articles needs half the
 * listing pages that ten a page would (about 1,300 fewer pages to build at 5,000 articles).
 */
export const LIST_PAGE_SIZE = 20;
