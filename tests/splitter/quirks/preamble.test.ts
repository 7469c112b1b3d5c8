import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, coveredLines, type QuirkCase } from './helpers.ts';

describe('quirk: preamble before the first headline', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('preamble');
  });

  it('lines before the first headline land in report.unassigned', () => {
    const preamble = [
      c.lineOf('新华社每日电讯稿'),
      c.lineOf('2025年4月1日 星期二'),
      c.lineOf('本期共3条'),
      c.lineOf('供各地分社参考'),
    ];
    expect(c.result.report.unassigned).toEqual(
      preamble.map((line) => expect.objectContaining({ line })),
    );
    for (const a of c.result.articles) {
      for (const line of preamble) expect(coveredLines(a, c.text)).not.toContain(line);
    }
  });

  it('the preamble is not an article and is not in the first article', () => {
    expect(c.result.articles.map((a) => a.title)).toEqual([
      '清明假期铁路预计发送旅客超过六千万人次',
      '海南自贸港离岛免税购物额稳步增长',
      '山东潍坊国际风筝会开幕',
    ]);
    const first = c.result.articles[0]!;
    expect(first.order).toBe(1);
    expect(first.source[0]!.start).toBe(c.lineOf('清明假期铁路预计发送旅客超过'));
    expect(first.body).not.toMatch(/电讯稿|本期共|请勿外传/);
  });

  it('warns about the unassigned lines', () => {
    expect(c.result.report.warnings).toContainEqual(
      expect.objectContaining({ line: c.lineOf('新华社每日电讯稿') }),
    );
  });
});
