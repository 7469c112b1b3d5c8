import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, type QuirkCase } from './helpers.ts';

// Two coffee stories from the same day both break off mid-sentence on the same figures; one
// continuation (`近三成，…` and one more paragraph) follows under a third article. It fits both equally: a guess would be
// as likely wrong as right, and a wrong stitch is worse than none.
describe('quirk: a continuation two broken articles could take', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('ambiguous-jump');
  });

  it('stitches nothing and leaves both articles cut off', () => {
    expect(c.result.report.jumps).toEqual([]);
    expect(c.article('普洱咖啡迎来').truncated).toBe(true);
    expect(c.article('普洱咖啡精品率').truncated).toBe(true);
  });

  it('keeps the continuation where it is printed', () => {
    const host = c.article('哈尔滨冰雪大世界');
    const holds = (line: number) => host.source.some((r) => r.start <= line && line <= r.end);
    expect(holds(c.lineOf('近三成'))).toBe(true);
    expect(holds(c.lineOf('普洱市相关负责人'))).toBe(true);
  });

  it('reports the place as an unresolved continuation naming both articles', () => {
    expect(c.result.report.doubts).toContainEqual(
      expect.objectContaining({
        type: 'unresolved-continuation',
        line: c.lineOf('近三成'),
        article: c.article('哈尔滨冰雪大世界').slug,
        message: expect.stringMatching(
          /普洱咖啡迎来采收加工旺季.*普洱咖啡精品率逐年提高|普洱咖啡精品率逐年提高.*普洱咖啡迎来采收加工旺季/,
        ),
      }),
    );
  });
});
