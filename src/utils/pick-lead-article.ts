import type { CollectionEntry } from 'astro:content';

type Article = CollectionEntry<'articles'>;

/** The front-page lead: the first report in print order, else simply the first article. */
export function pickLeadArticle(articles: Article[]): Article | undefined {
  return articles.find((article) => article.data.kind === 'report') ?? articles[0];
}
