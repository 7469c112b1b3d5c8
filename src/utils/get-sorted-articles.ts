import { getCollection, type CollectionEntry } from 'astro:content';

/** Every article, newest edition first and, within an edition, in print order. */
export async function getSortedArticles(): Promise<CollectionEntry<'articles'>[]> {
  const articles = await getCollection('articles');
  return articles.sort(
    (a, b) => b.data.edition.localeCompare(a.data.edition) || a.data.order - b.data.order,
  );
}
