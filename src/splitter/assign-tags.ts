import type { TagVocabulary } from '../schemas/tag-vocabulary.ts';

/** Where an article's words are, for tagging: the headline counts more than the body. */
export interface TagInput {
  title: string;
  kicker: string | null;
  body: string;
  /** Dateline or caption places, which become tags of their own. */
  places: string[];
}

// A keyword in the headline or kicker is enough; in the body it must come up more than once.
const TITLE_WEIGHT = 3;
const KICKER_WEIGHT = 2;
const MIN_SCORE = 2;
// More tags than this stop helping a reader and turn into noise.
const MAX_TAGS = 6;

const count = (text: string, word: string) => (word ? text.split(word).length - 1 : 0);

/** Tags for an article: vocabulary tags whose keywords it uses enough, best first, then its places. */
export function assignTags(input: TagInput, vocabulary: TagVocabulary): string[] {
  const scored = Object.entries(vocabulary)
    .map(([tag, def]) => {
      const words = [tag, ...def.keywords];
      const score = words.reduce(
        (s, w) =>
          s +
          TITLE_WEIGHT * count(input.title, w) +
          KICKER_WEIGHT * count(input.kicker ?? '', w) +
          count(input.body, w),
        0,
      );
      return { tag, score };
    })
    .filter((t) => t.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || (a.tag < b.tag ? -1 : 1));
  const tags = [
    ...new Set([
      ...scored.map((t) => t.tag).slice(0, MAX_TAGS - input.places.length),
      ...input.places,
    ]),
  ];
  return tags.slice(0, MAX_TAGS);
}
