import type { Article } from '../schemas/article.ts';

/** When an article last changed: its latest correction, else the day its edition was printed. */
export function getModifiedDate(data: Pick<Article, 'edition' | 'corrections'>): string {
  return data.corrections.reduce(
    (latest, { date }) => (date > latest ? date : latest),
    data.edition,
  );
}
