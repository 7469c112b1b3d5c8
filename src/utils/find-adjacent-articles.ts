import type { CollectionEntry } from 'astro:content';

type Article = CollectionEntry<'articles'>;

/** The articles printed just before and after `article` in its own edition (by `order`). */
export function findAdjacentArticles(
  article: Article,
  all: Article[],
): { prev?: Article; next?: Article } {
  const edition = all
    .filter((other) => other.data.edition === article.data.edition)
    .sort((a, b) => a.data.order - b.data.order);
  const index = edition.findIndex((other) => other.id === article.id);
  return { prev: edition[index - 1], next: edition[index + 1] };
}
