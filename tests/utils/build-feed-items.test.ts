import type { CollectionEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { buildFeedItems, FEED_LIMIT } from '../../src/utils/build-feed-items.ts';

type Article = CollectionEntry<'articles'>;

// As the collection stores an entry with `retainBody: false`: rendered HTML, no Markdown body.
const RENDERED =
  '<p>王毅说，仲夏时节。</p>\n<h2 id="一继往开来">一、继往开来</h2>\n<p>行大道者得人心。</p>\n';

const article = (slug: string, data: Partial<Article['data']> = {}): Article =>
  ({
    id: '2025-06-18/' + slug,
    collection: 'articles',
    data: {
      slug,
      edition: '2025-06-18',
      date: '2025-06-17',
      kind: 'report',
      title: '弘扬中国—中亚精神',
      summary: '王毅说，仲夏时节。',
      dateline: '新华社阿斯塔纳6月17日电',
      truncated: false,
      corrections: [],
      tags: ['外交', '中亚'],
      ...data,
    },
    rendered: { html: RENDERED },
  }) as unknown as Article;

describe('buildFeedItems', () => {
  it('carries the rendered full text after the dateline, headings and all', () => {
    const [item] = buildFeedItems([article('hong-yang')]);
    expect(item!.content).toBe('<p>新华社阿斯塔纳6月17日电</p>' + RENDERED);
    expect(item!.link).toBe('/articles/2025-06-18/hong-yang/');
    expect(item!.pubDate).toEqual(new Date('2025-06-17T00:00:00+08:00'));
    expect(item!.categories).toEqual(['报道', '外交', '中亚']);
  });

  it('puts corrections first and the break-off note last, escaping the front matter text', () => {
    const [item] = buildFeedItems([
      article('jie-duan', {
        dateline: null,
        truncated: true,
        corrections: [{ date: '2025-06-19', note: '更正 <b>数字</b> & 单位' }],
      }),
    ]);
    expect(item!.content).toBe(
      '<p>【更正】2025年6月19日：更正 &lt;b&gt;数字&lt;/b&gt; &amp; 单位</p>' +
        RENDERED +
        '<p>（原文至此中断）</p>',
    );
  });

  it('is only what it has for an entry that failed to render', () => {
    const entry = { ...article('wu'), rendered: undefined } as Article;
    expect(buildFeedItems([entry])[0]!.content).toBe('<p>新华社阿斯塔纳6月17日电</p>');
  });

  it(`carries at most the first ${FEED_LIMIT} articles`, () => {
    const many = Array.from({ length: FEED_LIMIT + 3 }, (_, i) => article('a-' + i));
    const items = buildFeedItems(many);
    expect(items).toHaveLength(FEED_LIMIT);
    expect(items.at(-1)!.link).toBe(`/articles/2025-06-18/a-${FEED_LIMIT - 1}/`);
  });
});
