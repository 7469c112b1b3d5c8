import type { CollectionEntry } from 'astro:content';
import { KINDS, type Kind } from '../schemas/article.ts';

type Article = CollectionEntry<'articles'>;

/** Group articles by kind in the schema's kind order, leaving out kinds with no article. */
export function groupByKind(articles: Article[]): [Kind, Article[]][] {
  return KINDS.map((kind): [Kind, Article[]] => [
    kind,
    articles.filter((article) => article.data.kind === kind),
  ]).filter(([, list]) => list.length > 0);
}
