import type { SplitArticle, SplitResult } from '../../src/schemas/split-result.ts';

/** A small valid article of edition 2025-06-18; `n` picks its id, slug, title and source line. */
export function fakeArticle(n: number, overrides: Partial<SplitArticle> = {}): SplitArticle {
  return {
    id: `2025-06-18-${n.toString(16).padStart(8, '0')}`,
    slug: `wen-zhang-${n}`,
    kind: 'brief',
    title: `文章${n}`,
    kicker: null,
    agency: '新华社',
    dateline: null,
    places: [],
    date: '2025-06-18',
    edition: '2025-06-18',
    order: n,
    reporters: [],
    photographers: [],
    credit: null,
    sections: [],
    truncated: false,
    tags: ['经济'],
    summary: `第${n}篇。`,
    source: [{ start: n, end: n }],
    edits: [],
    corrections: [],
    image: null,
    body: `第${n}篇正文。`,
    ...overrides,
  };
}

/** A split result holding `articles`, with a report that names each by its slug. */
export function fakeResult(articles: SplitArticle[]): SplitResult {
  return {
    bulletin: { file: '2025-06-18.txt', date: '2025-06-18', lines: 10, articles: articles.length },
    articles,
    report: {
      kinds: { report: 0, explainer: 0, notice: 0, brief: articles.length, photo: 0 },
      kindRules: articles.map((a) => ({
        article: a.slug,
        kind: a.kind,
        rule: 'default',
        evidence: [],
      })),
      pageBreaks: [],
      jumps: [],
      duplicates: [],
      fragments: articles.map((a) => ({ line: a.source[0]!.start, article: a.slug })),
      truncated: [],
      unassigned: [{ line: 1, text: '前言' }],
      doubts: [],
      controls: [],
      warnings: [],
    },
  };
}
