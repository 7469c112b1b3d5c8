import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Article } from '../schemas/article.ts';
import { formatChineseDate } from './format-chinese-date.ts';
import { getKindLabel } from './get-kind-label.ts';

/** What Pagefind indexes for one article (its CustomRecord). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

const parser = unified().use(remarkParse);

/**
 * The search record of an article, built from its front matter and Markdown body rather than from
 * the rendered page: no HTML to parse, and the same title, date, kind and tag facets the page shows.
 * The URL has no base: Pagefind prefixes the folder its bundle is served from.
 */
export function toSearchRecord(data: Article, body: string): SearchRecord {
  const text = parser
    .parse(body)
    .children.map((node) => toString(node))
    .join('\n');
  return {
    url: '/articles/' + data.edition + '/' + data.slug + '/',
    content: [data.title, data.kicker ?? '', data.dateline ?? '', text].filter(Boolean).join('\n'),
    language: 'zh-cn',
    meta: { title: data.title, date: formatChineseDate(data.date) },
    filters: { kind: [getKindLabel(data.kind)], tag: data.tags },
    sort: { date: data.date },
  };
}
