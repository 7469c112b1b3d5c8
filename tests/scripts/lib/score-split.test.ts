import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreCorpus, totalScore } from '../../../scripts/lib/score-corpus.ts';
import { scoreSplit, type ExpectedSplit } from '../../../scripts/lib/score-split.ts';
import type { SplitArticle } from '../../../src/schemas/split-result.ts';
import { loadVocabulary } from '../../helpers/load-vocabulary.ts';

const expected: ExpectedSplit = {
  articles: [
    {
      title: '法国全国大罢工再次严重影响交通',
      kind: 'brief',
      kicker: null,
      place: '巴黎',
      date: '2019-12-09',
      reporters: ['唐霁'],
      photographers: [],
      truncated: false,
      body_first12: '法国9日再次爆发全国跨行',
      body_last12: '退休制度改革的总体架构。',
    },
  ],
  planted: {
    jumps: [
      { title: '法国全国大罢工再次严重影响交通', breaks_after: '跨行', resumes_with: '业大罢工' },
    ],
  },
};
const article = {
  title: '法国全国大罢工再次严重影响交通',
  kind: 'brief',
  kicker: null,
  places: ['巴黎'],
  date: '2024-12-09',
  reporters: ['唐霁'],
  photographers: [],
  truncated: false,
  body: '法国9日再次爆发全国跨行业大罢工。\n\n总理菲利普将于11日宣布退休制度改革的总体架构。\n',
} as unknown as SplitArticle;

describe('scoreSplit', () => {
  it('counts every field right for a perfect split (the date by month and day)', () => {
    expect(scoreSplit(expected, [article])).toEqual({ ok: 11, total: 11, misses: [] });
  });

  it('names each wrong field on one line', () => {
    const score = scoreSplit(expected, [{ ...article, kind: 'report', reporters: [] }]);
    expect(score.ok).toBe(9);
    expect(score.misses).toEqual([
      '"法国全国大罢工再次严重影响交" kind report, expected brief',
      '"法国全国大罢工再次严重影响交" reporters [], expected ["唐霁"]',
    ]);
  });

  // As the reference scorer does, a lost article counts one miss more than its nine fields.
  it('counts a lost article as all its fields wrong', () => {
    const score = scoreSplit(expected, [{ ...article, title: '别的标题' }]);
    expect(score).toMatchObject({ ok: 1, total: 12 });
    expect(score.misses).toContain('"法国全国大罢工再次严重影响交" not found as an article');
  });
});

// The corpus of real bulletins (tests/fixtures/real, sources in SOURCES.md) and the score committed
// beside it: a change to the splitter may raise the score, never lower it.
describe('the splitter on the real-bulletin corpus', () => {
  const dir = new URL('../../fixtures/real/', import.meta.url);
  const floor = JSON.parse(readFileSync(new URL('score-floor.json', dir), 'utf8')) as {
    fields: number;
    lost: number;
  };
  const scores = scoreCorpus(dir.pathname, loadVocabulary());

  it('holds at least 15 bulletins and 80 articles', () => {
    expect(scores.length).toBeGreaterThanOrEqual(15);
    expect(scores.reduce((n, s) => n + s.articles, 0)).toBeGreaterThanOrEqual(80);
  });

  it('gets at least the committed share of fields right', () => {
    const { ok, total } = totalScore(scores);
    const misses = scores.flatMap((s) => s.misses.map((m) => `${s.file}: ${m}`));
    expect(ok / total, misses.join('\n')).toBeGreaterThanOrEqual(floor.fields);
  });

  it('loses no more articles than the committed count', () => {
    const lost = scores.flatMap((s) =>
      s.misses.filter((m) => m.endsWith('not found as an article')),
    );
    expect(lost.length, lost.join('\n')).toBeLessThanOrEqual(floor.lost);
  });
});
