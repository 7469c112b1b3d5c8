import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitBulletin } from '../../../src/splitter/split-bulletin.ts';

const text = readFileSync(new URL('./repeated-article/bulletin.txt', import.meta.url), 'utf8');
const result = splitBulletin(text, { date: '2025-04-09', vocabulary: {} });

describe('quirk: a whole article printed twice', () => {
  it('keeps the first printing only', () => {
    expect(result.articles.map((a) => a.title)).toEqual([
      '黄河流域生态保护项目集中开工',
      '春季植树造林进入高峰',
    ]);
    expect(result.articles[0]!.source).toEqual([{ start: 1, end: 5 }]);
  });

  it('reports every line of the second printing as a dropped copy of the first', () => {
    expect(result.report.duplicates.map((d) => [d.line, d.kept])).toEqual([
      [11, 1],
      [13, 3],
      [15, 5],
    ]);
    expect(new Set(result.report.duplicates.map((d) => d.article))).toEqual(
      new Set([result.articles[0]!.slug]),
    );
  });
});
