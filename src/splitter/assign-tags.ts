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
// once instead of once per keyword. The groups are found through a table indexed by character code,
// since a map lookup per character (with a one-character string made for it) dominated tagging.
interface Matcher {
  /** Character code → 1 + index in `groups`, or 0 when no keyword starts with that character. */
  first: Uint16Array;
  /**
   * 1 at pairOf(first two characters) of every keyword, and at pairOf(c, any) for every c that is
   * a whole keyword: most characters that start a keyword are not followed by one's second.
   */
  pairs: Uint8Array;
  /** Characters that are keywords on their own. */
  single: Uint8Array;
  groups: { word: string; tags: string[] }[][];
}

// A 16-bit hash of two characters; collisions only cost a needless comparison.
const pairOf = (a: number, b: number) => (Math.imul(a, 0x9e37) + b) & 0xffff;
const matchers = new WeakMap<TagVocabulary, Matcher>();

function matcherFor(vocabulary: TagVocabulary): Matcher {
  let matcher = matchers.get(vocabulary);
  if (matcher) return matcher;
  const tagsOf = new Map<string, string[]>();
  for (const [tag, def] of Object.entries(vocabulary)) {
    for (const word of new Set([tag, ...def.keywords]))
      tagsOf.set(word, [...(tagsOf.get(word) ?? []), tag]);
  }
  const byFirst = new Map<number, { word: string; tags: string[] }[]>();
  for (const [word, tags] of tagsOf) {
    const code = word.charCodeAt(0);
    byFirst.set(code, [...(byFirst.get(code) ?? []), { word, tags }]);
  }
  matcher = {
    first: new Uint16Array(0x10000),
    pairs: new Uint8Array(0x10000),
    single: new Uint8Array(0x10000),
    groups: [...byFirst.values()],
  };
  for (const [code, group] of byFirst) matcher.first[code] = matcher.groups.indexOf(group) + 1;
  for (const word of tagsOf.keys()) {
    if (word.length === 1) matcher.single[word.charCodeAt(0)] = 1;
    else matcher.pairs[pairOf(word.charCodeAt(0), word.charCodeAt(1))] = 1;
  }
  matchers.set(vocabulary, matcher);
  return matcher;
}

// Add `weight` to each tag once per occurrence of one of its keywords (overlapping ones included).
function score(text: string, weight: number, matcher: Matcher, into: Map<string, number>) {
  const { first, pairs, single, groups } = matcher;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const group = first[c]!;
    if (group === 0) continue;
    if (single[c] === 0 && pairs[pairOf(c, text.charCodeAt(i + 1))] === 0) continue;
    for (const { word, tags } of groups[group - 1]!) {
      if (!text.startsWith(word, i)) continue;
      for (const tag of tags) into.set(tag, (into.get(tag) ?? 0) + weight);
    }
  }
}

/** Tags for an article: vocabulary tags whose keywords it uses enough, best first, then its places. */
export function assignTags(input: TagInput, vocabulary: TagVocabulary): string[] {
  const matcher = matcherFor(vocabulary);
  const scores = new Map<string, number>();
  score(input.title, TITLE_WEIGHT, matcher, scores);
  score(input.kicker ?? '', KICKER_WEIGHT, matcher, scores);
  score(input.body, 1, matcher, scores);
  const ranked = [...scores]
    .filter(([, s]) => s >= MIN_SCORE)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([tag]) => tag);
  const tags = [...new Set([...ranked.slice(0, MAX_TAGS - input.places.length), ...input.places])];
  return tags.slice(0, MAX_TAGS);
}
