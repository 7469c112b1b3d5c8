import type { CollectionEntry } from 'astro:content';
import { getKindLabel } from './get-kind-label.ts';
import { getModifiedDate } from './get-modified-date.ts';
import { toBeijingTime } from './to-beijing-time.ts';

type Node = Record<string, unknown>;

/** One schema.org node, or a list when there are several (schema.org accepts either). */
const oneOrMany = (nodes: Node[]): Node | Node[] => (nodes.length === 1 ? nodes[0]! : nodes);

/** schema.org `NewsArticle` for an article page; `url` and `image` are absolute URLs. */
export function buildNewsArticleJsonLd(
  article: CollectionEntry<'articles'>,
  url: string,
  image?: string,
): Node {
  const data = article.data;
  const person = (name: string): Node => ({ '@type': 'Person', name });
  const agency: Node = { '@type': 'Organization', name: data.agency };
  const photographers = data.photographers.map(person);
  const corrections = data.corrections.map(({ date, note }): Node => ({
    '@type': 'CorrectionComment',
    text: note,
    datePublished: toBeijingTime(date),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    ...(data.kicker && { alternativeHeadline: data.kicker }),
    description: data.summary,
    url,
    mainEntityOfPage: url,
    inLanguage: 'zh-CN',
    // The dateline day is when the wire filed it; the edition day is when the bulletin printed it,
    // and a correction (更正) changes the article again on its own day.
    datePublished: toBeijingTime(data.date),
    dateModified: toBeijingTime(getModifiedDate(data)),
    articleSection: getKindLabel(data.kind),
    keywords: data.tags.join(','),
    ...(data.places.length > 0 && {
      locationCreated: oneOrMany(data.places.map((name) => ({ '@type': 'Place', name }))),
    }),
    author: data.reporters.length > 0 ? oneOrMany(data.reporters.map(person)) : agency,
    ...(photographers.length > 0 && {
      creator: oneOrMany(photographers),
      copyrightHolder: oneOrMany(photographers),
    }),
    ...(data.credit && { creditText: data.credit }),
    ...(image && { image }),
    ...(corrections.length > 0 && { correction: oneOrMany(corrections) }),
    publisher: agency,
  };
}
