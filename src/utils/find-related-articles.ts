import type { CollectionEntry } from 'astro:content';

type Article = CollectionEntry<'articles'>;

// Articles per tag, built once per list: only articles sharing a tag are ever compared.
const byTag = new WeakMap<readonly Article[], Map<string, Article[]>>();

function tagIndex(all: readonly Article[]): Map<string, Article[]> {
  let map = byTag.get(all);
  if (!map) {
    map = new Map();
    for (const a of all) for (const tag of a.data.tags) map.set(tag, [...(map.get(tag) ?? []), a]);
    byTag.set(all, map);
  }
  return map;
}

/** Up to `limit` other articles sharing the most tags with `article`; newer and earlier-printed first on ties. */
export function findRelatedArticles(
  article: Article,
  all: readonly Article[],
  limit = 4,
): Article[] {
  const shared = new Map<Article, number>();
  const index = tagIndex(all);
  for (const tag of new Set(article.data.tags)) {
    for (const other of index.get(tag) ?? []) {
      if (other.id !== article.id) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  return [...shared]
    .sort(
      (a, b) =>
        b[1] - a[1] ||
        b[0].data.edition.localeCompare(a[0].data.edition) ||
        a[0].data.order - b[0].data.order,
    )
    .slice(0, limit)
    .map(([other]) => other);
}
