import type { CollectionEntry } from 'astro:content';

type Article = CollectionEntry<'articles'>;

// How far along each of its tags' lists an article looks for related ones, on either side: related
// reading is reading from about the same time, and a tag carried by a third of a ten-year archive
// must not make every page scan thousands of articles.
const WINDOW = 25;

interface TagIndex {
  /** Articles per tag, in the order of the list they came from (newest first). */
  byTag: Map<string, Article[]>;
  /** Each article's place in the list, and in each of its tags' lists. */
  places: Map<Article, { rank: number; inTag: Map<string, number> }>;
}

// Built once per list of articles: every article page asks.
const indexes = new WeakMap<readonly Article[], TagIndex>();

function indexOf(all: readonly Article[]): TagIndex {
  let index = indexes.get(all);
  if (!index) {
    const byTag = new Map<string, Article[]>();
    const places: TagIndex['places'] = new Map();
    all.forEach((a, rank) => {
      const inTag = new Map<string, number>();
      for (const tag of new Set(a.data.tags)) {
        let list = byTag.get(tag);
        if (!list) byTag.set(tag, (list = []));
        inTag.set(tag, list.length);
        list.push(a);
      }
      places.set(a, { rank, inTag });
    });
    indexes.set(all, (index = { byTag, places }));
  }
  return index;
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
  const { byTag, places } = indexOf(all);
  const own = places.get(article);
  if (!own) return [];
  // Candidates come from a window around the article in each of its tags' lists; each is then
  // scored by all the tags it shares, even one whose window it fell outside.
  const seen = new Set<Article>([article]);
  // The best `limit` so far, best first: a full sort of hundreds of candidates per page made this
  // the slowest step of building a large archive.
  const best: Candidate[] = [];
  for (const [tag, here] of own.inTag) {
    const list = byTag.get(tag)!;
    const end = Math.min(list.length, here + WINDOW + 1);
    for (let i = Math.max(0, here - WINDOW); i < end; i++) {
      const other = list[i]!;
      if (seen.has(other)) continue;
      seen.add(other);
      const place = places.get(other)!;
      let shared = 0;
      for (const t of own.inTag.keys()) if (place.inTag.has(t)) shared++;
      const candidate = {
        article: other,
        shared,
        distance: Math.abs(place.rank - own.rank),
        rank: place.rank,
      };
      if (best.length === limit && !(better(candidate, best[limit - 1]!) < 0)) continue;
      let at = best.length;
      while (at > 0 && better(candidate, best[at - 1]!) < 0) at--;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
  }
  return best.map((c) => c.article);
}

interface Candidate {
  article: Article;
  /** Tags shared with the article. */
  shared: number;
  /** How far apart the two are in the list. */
  distance: number;
  /** Place in the list (newer first). */
  rank: number;
}

// Negative when `a` ranks before `b`: more shared tags, then nearer, then newer.
function better(a: Candidate, b: Candidate): number {
  return b.shared - a.shared || a.distance - b.distance || a.rank - b.rank;
}
