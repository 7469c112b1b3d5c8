import type { CollectionEntry } from 'astro:content';
import { withBase } from './with-base.ts';

/** URL of an article page, `<base>articles/<edition>/<slug>/`. */
export function getArticleUrl(article: CollectionEntry<'articles'>): string {
  return withBase('articles/' + article.data.edition + '/' + article.data.slug + '/');
}
