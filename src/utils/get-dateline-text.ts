import type { Article } from '../schemas/article.ts';

/** The dateline as printed, or for undated pieces (photos) the places they come from. */
export function getDatelineText(data: Pick<Article, 'dateline' | 'places'>): string {
  return data.dateline ?? data.places.join('、');
}
