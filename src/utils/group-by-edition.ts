import type { CollectionEntry } from 'astro:content';

type Article = CollectionEntry<'articles'>;

/** One day's bulletin: its date and its articles in print order. */
export interface Edition {
  date: string;
  articles: Article[];
}

/** Group sorted articles by edition, keeping the input order (newest edition first). */
export function groupByEdition(articles: readonly Article[]): Edition[] {
  const editions = new Map<string, Article[]>();
  for (const article of articles) {
    const list = editions.get(article.data.edition) ?? [];
    list.push(article);
    editions.set(article.data.edition, list);
  }
  return [...editions].map(([date, list]) => ({
    date,
    articles: list.sort((a, b) => a.data.order - b.data.order),
  }));
}
