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

// Keywords grouped by their first character, built once per vocabulary: each text is then scanned
// once instead of once per keyword.
const matchers = new WeakMap<TagVocabulary, Map<string, { word: string; tags: string[] }[]>>();

function matcherFor(vocabulary: TagVocabulary) {
  let byFirst = matchers.get(vocabulary);
  if (byFirst) return byFirst;
  const tagsOf = new Map<string, string[]>();
  for (const [tag, def] of Object.entries(vocabulary)) {
    for (const word of new Set([tag, ...def.keywords]))
      tagsOf.set(word, [...(tagsOf.get(word) ?? []), tag]);
  }
  byFirst = new Map();
  for (const [word, tags] of tagsOf)
    byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), { word, tags }]);
  matchers.set(vocabulary, byFirst);
  return byFirst;
}

// Add `weight` to each tag once per occurrence of one of its keywords (overlapping ones included).
function score(
  text: string,
  weight: number,
  byFirst: ReturnType<typeof matcherFor>,
  into: Map<string, number>,
) {
  for (let i = 0; i < text.length; i++) {
    const candidates = byFirst.get(text[i]!);
    if (!candidates) continue;
    for (const { word, tags } of candidates) {
      if (!text.startsWith(word, i)) continue;
      for (const tag of tags) into.set(tag, (into.get(tag) ?? 0) + weight);
    }
  }
}

/** Tags for an article: vocabulary tags whose keywords it uses enough, best first, then its places. */
export function assignTags(input: TagInput, vocabulary: TagVocabulary): string[] {
  const byFirst = matcherFor(vocabulary);
  const scores = new Map<string, number>();
  score(input.title, TITLE_WEIGHT, byFirst, scores);
  score(input.kicker ?? '', KICKER_WEIGHT, byFirst, scores);
  score(input.body, 1, byFirst, scores);
  const ranked = [...scores]
    .filter(([, s]) => s >= MIN_SCORE)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([tag]) => tag);
  const tags = [...new Set([...ranked.slice(0, MAX_TAGS - input.places.length), ...input.places])];
  return tags.slice(0, MAX_TAGS);
}
