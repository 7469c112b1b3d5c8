import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../../src/regenerate/apply-overrides.ts';
import { NO_OVERRIDES } from '../../src/regenerate/parse-overrides.ts';
import { fakeArticle } from './fake-split.ts';

describe('applyOverrides', () => {
  const articles = [fakeArticle(1), fakeArticle(2), fakeArticle(3)];

  it('changes nothing without overrides', () => {
    expect(applyOverrides(articles, NO_OVERRIDES)).toEqual({
      published: articles,
      hidden: [],
      unknown: [],
    });
  });

  it('overrides title, kind, tags, summary, image and corrections by id, leaving the slug', () => {
    const corrections = [{ date: '2025-06-19', note: '更正：标题有误' }];
    const { published } = applyOverrides(articles, {
      articles: {
        [articles[1]!.id]: {
          title: '新标题',
          kind: 'report',
          tags: ['外交'],
          summary: '新摘要。',
          image: '2025-06-18/photo.jpg',
          corrections,
          slug: 'ignored-here',
        },
      },
      lines: {},
    });
    expect(published[1]).toEqual({
      ...articles[1],
      title: '新标题',
      kind: 'report',
      tags: ['外交'],
      summary: '新摘要。',
      image: '2025-06-18/photo.jpg',
      corrections,
    });
    expect(published[0]).toBe(articles[0]);
    // The splitter's article is not mutated.
    expect(articles[1]!.title).toBe('文章2');
  });

  it('hides articles and reports unknown ids, sorted', () => {
    const result = applyOverrides(articles, {
      articles: {
        '2025-06-18-ffffffff': { title: 'x' },
        [articles[0]!.id]: { hidden: true },
        '2025-06-18-eeeeeeee': { hidden: true },
      },
      lines: {},
    });
    expect(result.published.map((a) => a.id)).toEqual([articles[1]!.id, articles[2]!.id]);
    expect(result.hidden).toEqual([articles[0]]);
    expect(result.unknown).toEqual(['2025-06-18-eeeeeeee', '2025-06-18-ffffffff']);
  });

  it('hidden: false publishes the article', () => {
    const { published } = applyOverrides(articles, {
      articles: { [articles[0]!.id]: { hidden: false, title: '显示' } },
      lines: {},
    });
    expect(published[0]!.title).toBe('显示');
  });
});
