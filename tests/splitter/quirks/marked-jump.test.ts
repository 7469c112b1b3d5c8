import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, type QuirkCase } from './helpers.ts';

// The jump fixture as a newspaper prints it: the break says `（下转第二版）` and the continuation
// `（上接第一版）`. The markers end no sentence and start none: the article goes on.
describe('quirk: a jump marked by the paper', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('marked-jump');
  });

  it('stitches the continuation back, the article complete', () => {
    const a = c.article('普洱咖啡');
    expect(a.truncated).toBe(false);
    expect(c.result.report.jumps).toEqual([
      expect.objectContaining({
        line: c.lineOf('比去年同期上涨'),
        resumes: c.lineOf('上接第一版'),
      }),
    ]);
    expect(a.body).toContain('近三成，带动当地咖农每亩增收2000元左右');
  });

  it('leaves the host with its own paragraphs', () => {
    expect(c.article('哈尔滨冰雪大世界').body).not.toContain('近三成');
  });
});
