import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, textsOf, type QuirkCase } from './helpers.ts';

describe('quirk: truncation', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('truncation');
  });

  it('finds four articles', () => {
    expect(c.result.articles).toHaveLength(4);
  });

  it('an article stopping mid-sentence before the next headline is truncated', () => {
    const a = c.article('新疆喀什');
    expect(a.truncated).toBe(true);
    expect(textsOf(a).at(-1)).toMatch(/并计划在暑期增设$/);
    expect(c.result.report.truncated).toContainEqual(
      expect.objectContaining({ line: c.lineOf('并计划在暑期增设'), article: a.slug }),
    );
  });

  it('the last article of the bulletin stopping mid-sentence is truncated', () => {
    const a = c.article('国产大型邮轮');
    expect(a.truncated).toBe(true);
    expect(textsOf(a)).toHaveLength(1);
    expect(textsOf(a)[0]).toMatch(/^记者从中国船舶集团获悉，[^]*可搭载乘客$/);
    expect(c.result.report.truncated).toContainEqual(
      expect.objectContaining({ line: c.lineOf('可搭载乘客'), article: a.slug }),
    );
  });

  it('articles ending with 。 or 。” are complete', () => {
    expect(c.article('深中通道').truncated).toBe(false);
    expect(c.article('巴西南部').truncated).toBe(false);
    expect(c.result.report.truncated).toHaveLength(2);
  });

  it('nothing is stitched onto a truncated article when no continuation exists', () => {
    expect(c.result.report.jumps).toEqual([]);
    expect(c.result.report.pageBreaks).toEqual([]);
    expect(textsOf(c.article('深中通道'))).toHaveLength(2);
    expect(textsOf(c.article('巴西南部'))).toHaveLength(2);
    expect(textsOf(c.article('新疆喀什'))).toHaveLength(2);
    expect(c.article('深中通道').source).toEqual([
      { start: c.lineOf('深中通道通车一周年'), end: c.lineOf('陈先生说') },
    ]);
  });
});
