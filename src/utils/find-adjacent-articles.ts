import type { CollectionEntry } from 'astro:content';

type Article = CollectionEntry<'articles'>;

// Editions grouped once per list of articles, so each page's lookup is constant time.
const byEdition = new WeakMap<readonly Article[], Map<string, Article[]>>();

function editionsOf(all: readonly Article[]): Map<string, Article[]> {
  let map = byEdition.get(all);
  if (!map) {
    map = new Map();
    for (const a of all) {
      const list = map.get(a.data.edition);
      if (list) list.push(a);
      else map.set(a.data.edition, [a]);
    }
    for (const list of map.values()) list.sort((a, b) => a.data.order - b.data.order);
    byEdition.set(all, map);
  }
  return map;
}

/** The articles printed just before and after `article` in its own edition (by `order`). */
export function findAdjacentArticles(
  article: Article,
  all: readonly Article[],
): { prev?: Article; next?: Article } {
  const edition = editionsOf(all).get(article.data.edition) ?? [];
  const index = edition.findIndex((other) => other.id === article.id);
  return { prev: edition[index - 1], next: edition[index + 1] };
}
