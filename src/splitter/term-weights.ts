/** Inverse document frequencies of character bigrams, for telling which text a paragraph belongs with. */
export interface TermWeights {
  /** Weight of a term: rare terms say more about a topic than common ones. */
  weight(term: string): number;
}

// Chinese has no spaces, so overlapping character pairs stand in for words.
const WORD = /[\u4e00-\u9fa5]+|[A-Za-z]+|[0-9]+/g;

/** The set of terms of a text: Chinese character bigrams plus Latin and digit words. */
export function termsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(WORD) ?? []) {
    if (!/^[\u4e00-\u9fa5]/.test(run)) {
      if (run.length > 1) out.add(run.toLowerCase());
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

/** Build term weights (idf) from a set of documents: paragraphs, or whole articles. */
export function createTermWeights(documents: string[]): TermWeights {
  const df = new Map<string, number>();
  for (const d of documents) for (const t of termsOf(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = documents.length + 1;
  return { weight: (t) => Math.log(n / (df.get(t) ?? 0.5)) };
}

/** How much of `text`'s weighted vocabulary also occurs in `other` (0 to 1). */
export function overlap(text: Set<string>, other: Set<string>, weights: TermWeights): number {
  let shared = 0;
  let total = 0;
  for (const t of text) {
    const w = weights.weight(t);
    total += w;
    if (other.has(t)) shared += w;
  }
  return total === 0 ? 0 : shared / total;
}

/** The heaviest terms two texts share, for a report's evidence line. */
export function sharedTerms(
  a: Set<string>,
  b: Set<string>,
  weights: TermWeights,
  count = 5,
): string[] {
  return [...a]
    .filter((t) => b.has(t))
    .sort((x, y) => weights.weight(y) - weights.weight(x) || (x < y ? -1 : 1))
    .slice(0, count);
}
