import type { RSSFeedItem } from '@astrojs/rss';
import type { CollectionEntry } from 'astro:content';
import { formatChineseDate } from './format-chinese-date.ts';
import { getArticleUrl } from './get-article-url.ts';
import { getKindLabel } from './get-kind-label.ts';
import { toBeijingTime } from './to-beijing-time.ts';

/** How many of the newest articles a feed carries: readers poll often, and a feed of a ten-year archive would be megabytes. */
export const FEED_LIMIT = 50;

/** RSS items carrying the full text of the newest articles (at most FEED_LIMIT) as HTML. */
export function buildFeedItems(articles: readonly CollectionEntry<'articles'>[]): RSSFeedItem[] {
  return articles.slice(0, FEED_LIMIT).map((article) => {
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
      // The HTML the article page shows (the collection keeps no Markdown source): headings carry
      // their `id`, which feed readers ignore.
      content: fixes + byline + (article.rendered?.html ?? '') + cut,
      categories: [getKindLabel(data.kind), ...data.tags],
    };
  });
}

/** Escape text for an HTML text node. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
