import type { Kind } from '../../../src/schemas/article.ts';
import { addQuirks } from './add-quirks.ts';
import type { IntendedArticle } from './article-draft.ts';
import type { TextPool, Topic } from './build-text-pool.ts';
import { createRng, hashSeed } from './create-rng.ts';
import { layoutEdition, type EditionStyle } from './layout-edition.ts';
import { makePhoto } from './make-photo.ts';
import { makeStory } from './make-story.ts';

/** One generated bulletin: its date, its text and the articles printed in it. */
export interface GeneratedEdition {
  date: string;
  text: string;
  articles: IntendedArticle[];
}

// About six articles an edition (mean 6.1), as in the sample bulletins.
const ARTICLE_COUNTS = [
  [4, 22],
  [5, 22],
  [6, 20],
  [7, 14],
  [8, 10],
  [9, 7],
  [10, 5],
] as const;
const KIND_MIX: readonly (readonly [Kind, number])[] = [
  ['brief', 36],
  ['notice', 16],
  ['explainer', 16],
  ['report', 14],
  ['photo', 18],
];

/**
 * Generate one realistic bulletin for `date` from the sample copy in `pool`: 4–10 articles of every
 * kind, every dateline form, dates that agree with the edition, headlines unique within it, and page
 * breaks, jumps, duplicates and truncations at realistic rates. The same pool, date and seed always
 * give the same text.
 */
export function generateEdition(pool: TextPool, date: string, seed: number): GeneratedEdition {
  // Every draw below comes from this one stream in a fixed order: moving a draw changes the corpus.
  const rng = createRng(hashSeed(seed, date));
  const style: EditionStyle = {
    tightHeader: rng.chance(0.25),
    indent: rng.chance(0.2),
    crlf: rng.chance(0.05),
  };
  const count = rng.weighted(ARTICLE_COUNTS);
  // Photos usually close an edition.
  const kinds = Array.from({ length: count }, () => rng.weighted(KIND_MIX))
    .map((kind) => ({ kind, key: kind === 'photo' && rng.chance(0.7) ? 1 : 0 }))
    .sort((a, b) => a.key - b.key)
    .map((k) => k.kind);
  const titles = new Set<string>();
  const topics = new Set<Topic>();
  const drafts = kinds.map((kind) =>
    kind === 'photo'
      ? makePhoto(pool, date, rng, titles)
      : makeStory(kind, pool, date, rng, titles, topics),
  );
  addQuirks(drafts, rng);
  return {
    date,
    text: layoutEdition(drafts, style, rng),
    articles: drafts.map(({ title, kind, quirks }) => ({ title, kind, quirks })),
  };
}
