/**
 * How many earlier editions the front page links: two weeks of dailies. Bounded so the front page
 * stays the same size however long the archive grows; /editions/ lists them all.
 */
export const FRONT_PAGE_EDITIONS = 14;
