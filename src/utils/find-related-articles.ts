import type { CollectionEntry } from 'astro:content';

type Article = CollectionEntry<'articles'>;

// How far along each of its tags' lists an article looks for related ones, on either side: related
// reading is reading from about the same time, and a tag carried by a third of a ten-year archive
// must not make every page scan thousands of articles.
const WINDOW = 60;

interface TagIndex {
  /** Articles per tag, in the order of the list they came from (newest first). */
  byTag: Map<string, Article[]>;
  /** Position of each article in that list: distance in time, without comparing dates. */
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

// Where `rank` falls in a list sorted by rank (binary search).
function positionIn(list: Article[], rank: Map<Article, number>, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rank.get(list[mid]!)! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Up to `limit` other articles sharing the most tags with `article`, among the articles nearest
 * to it in each tag's list; ties go to the one nearest in `all` (the same edition first), then
 * to the newer one.
 */
export function findRelatedArticles(
  article: Article,
  all: readonly Article[],
  limit = 4,
): Article[] {
  const { byTag, rank } = indexOf(all);
  const at = rank.get(article) ?? all.findIndex((a) => a.id === article.id);
  // Candidates come from a window around the article in each of its tags' lists; each is then
  // scored by all the tags it shares, even one whose window it fell outside.
  const tags = new Set(article.data.tags);
  const shared = new Map<Article, number>();
  for (const tag of tags) {
    const list = byTag.get(tag) ?? [];
    const here = positionIn(list, rank, at);
    for (const other of list.slice(Math.max(0, here - WINDOW), here + WINDOW + 1)) {
      if (other.id === article.id || shared.has(other)) continue;
      shared.set(other, new Set(other.data.tags).intersection(tags).size);
    }
  }
  const distance = (other: Article) => Math.abs(rank.get(other)! - at);
  return [...shared]
    .sort(
      (a, b) => b[1] - a[1] || distance(a[0]) - distance(b[0]) || rank.get(a[0])! - rank.get(b[0])!,
    )
    .slice(0, limit)
    .map(([other]) => other);
}
