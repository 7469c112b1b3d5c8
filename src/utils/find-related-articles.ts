import type { CollectionEntry } from 'astro:content';

type Article = CollectionEntry<'articles'>;

// How many of a tag's newest articles are considered: related reading is recent reading, and a tag
// carried by a third of a ten-year archive must not make every page scan thousands of articles.
const CANDIDATES_PER_TAG = 200;

interface TagIndex {
  /** Articles per tag, in the order of the list they came from (newest first). */
  byTag: Map<string, Article[]>;
  /** Position of each article in that list: the tie-break, without comparing strings. */
  rank: Map<Article, number>;
}

// Built once per list of articles.
const indexes = new WeakMap<readonly Article[], TagIndex>();

function indexOf(all: readonly Article[]): TagIndex {
  let index = indexes.get(all);
  if (!index) {
    index = { byTag: new Map(), rank: new Map() };
    all.forEach((a, i) => {
      index!.rank.set(a, i);
      for (const tag of new Set(a.data.tags)) {
        const list = index!.byTag.get(tag);
        if (list) list.push(a);
        else index!.byTag.set(tag, [a]);
      }
    });
    indexes.set(all, index);
  }
  return index;
}

/**
 * Up to `limit` other articles sharing the most tags with `article`, among each tag's newest
 * articles; ties go to the article earlier in `all` (newest edition, then print order).
 */
export function findRelatedArticles(
  article: Article,
  all: readonly Article[],
  limit = 4,
): Article[] {
  const { byTag, rank } = indexOf(all);
  const shared = new Map<Article, number>();
  for (const tag of new Set(article.data.tags)) {
    for (const other of (byTag.get(tag) ?? []).slice(0, CANDIDATES_PER_TAG)) {
      if (other.id !== article.id) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  return [...shared]
    .sort((a, b) => b[1] - a[1] || rank.get(a[0])! - rank.get(b[0])!)
    .slice(0, limit)
    .map(([other]) => other);
}
