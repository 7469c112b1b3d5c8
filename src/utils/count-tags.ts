import type { CollectionEntry } from 'astro:content';

/** A tag and how many of the given articles carry it. */
export interface TagCount {
  tag: string;
  count: number;
}

const collator = new Intl.Collator('zh-CN');

/** Count the tags of the given articles, most used first, ties in Chinese (pinyin) order. */
export function countTags(articles: readonly CollectionEntry<'articles'>[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const tag of new Set(article.data.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
}
