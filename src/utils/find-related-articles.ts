import type { CollectionEntry } from 'astro:content';

type Article = CollectionEntry<'articles'>;

/** Up to `limit` other articles sharing the most tags with `article`; newer and earlier-printed first on ties. */
export function findRelatedArticles(article: Article, all: Article[], limit = 4): Article[] {
  const own = new Set(article.data.tags);
  return all
    .filter((other) => other.id !== article.id)
    .map((other) => ({ other, shared: other.data.tags.filter((tag) => own.has(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        b.other.data.edition.localeCompare(a.other.data.edition) ||
        a.other.data.order - b.other.data.order,
    )
    .slice(0, limit)
    .map(({ other }) => other);
}
