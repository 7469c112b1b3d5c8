import { getCollection, type CollectionEntry } from 'astro:content';

// Every page asks for the sorted list; sorting thousands of entries once per page made the build
// quadratic, so the sorted list is computed once per build and shared (callers must not mutate it).
let sorted: Promise<CollectionEntry<'articles'>[]> | undefined;

/** Every article, newest edition first and, within an edition, in print order. */
export function getSortedArticles(): Promise<CollectionEntry<'articles'>[]> {
  sorted ??= getCollection('articles').then((articles) =>
    articles.sort(
      (a, b) => b.data.edition.localeCompare(a.data.edition) || a.data.order - b.data.order,
    ),
  );
  return sorted;
}
