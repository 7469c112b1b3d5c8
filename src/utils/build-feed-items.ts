import type { RSSFeedItem } from '@astrojs/rss';
import type { CollectionEntry } from 'astro:content';
import { formatChineseDate } from './format-chinese-date.ts';
import { getArticleUrl } from './get-article-url.ts';
import { getKindLabel } from './get-kind-label.ts';
import { renderMarkdownToHtml } from './render-markdown-to-html.ts';
import { toBeijingTime } from './to-beijing-time.ts';

/** RSS items carrying each article's full text as HTML, so readers need not open the site. */
export function buildFeedItems(articles: CollectionEntry<'articles'>[]): RSSFeedItem[] {
  return articles.map((article) => {
    const data = article.data;
    const byline = data.dateline ? '<p>' + escapeHtml(data.dateline) + '</p>' : '';
    const cut = data.truncated ? '<p>（原文至此中断）</p>' : '';
    // Feed readers keep the first version they fetched; a correction has to say so in the text.
    const fixes = data.corrections
      .map((c) => '<p>【更正】' + formatChineseDate(c.date) + '：' + escapeHtml(c.note) + '</p>')
      .join('');
    return {
      title: data.title,
      link: getArticleUrl(article),
      pubDate: new Date(toBeijingTime(data.date)),
      description: data.summary,
      content: fixes + byline + renderMarkdownToHtml(article.body ?? '') + cut,
      categories: [getKindLabel(data.kind), ...data.tags],
    };
  });
}

/** Escape text for an HTML text node. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
