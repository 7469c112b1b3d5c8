import type { TextPool } from './build-text-pool.ts';
import { generateEdition, type GeneratedEdition } from './generate-edition.ts';
import { addDays } from './shift-dates.ts';

/** The newest edition of a generated corpus; older ones count back a day at a time. */
export const NEWEST_EDITION = '2025-06-18';

/** How big a corpus to generate: a number of editions, or enough editions for a number of articles. */
export type CorpusSize = { editions: number } | { articles: number };

/**
 * Generate a corpus edition by edition, newest first, from `NEWEST_EDITION` back. Each edition has its
 * own random stream (seed and date), so a smaller corpus is exactly the newest part of a larger one.
 */
export function* generateCorpus(
  pool: TextPool,
  seed: number,
  size: CorpusSize,
): Generator<GeneratedEdition> {
  let articles = 0;
  for (let n = 0; ; n++) {
    if ('editions' in size ? n >= size.editions : articles >= size.articles) return;
    const edition = generateEdition(pool, addDays(NEWEST_EDITION, -n), seed);
    articles += edition.articles.length;
    yield edition;
  }
}
