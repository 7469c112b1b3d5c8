import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, textsOf, type QuirkCase } from './helpers.ts';

// 普洱咖啡 breaks off mid-sentence; 广西糖料蔗 (also about purchase prices and income per mu) breaks off too
// and has no continuation; the coffee continuation is printed under the third article, 哈尔滨冰雪大世界.
describe('quirk: jump', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('jump');
  });

  it('finds three articles', () => {
    expect(c.result.articles.map((a) => a.title)).toEqual([
      '普洱咖啡迎来采收加工旺季',
      '广西糖料蔗榨季收官 蔗农收入稳中有增',
      '哈尔滨冰雪大世界园区启动夏季运营',
    ]);
  });

  it('stitches the continuation back onto the article that broke off, rejoining the sentence', () => {
    const a = c.article('普洱咖啡');
    expect(a.truncated).toBe(false);
    expect(textsOf(a)).toEqual([
      expect.stringMatching(/^在云南省普洱市思茅区的咖啡庄园里/),
      expect.stringMatching(/^普洱是我国重要的咖啡产区/),
      '普洱市咖啡产业发展中心的数据显示，今年普洱咖啡鲜果平均收购价格比去年同期上涨近三成，带动当地咖农每亩增收2000元左右。越来越多的咖农开始学习精品咖啡豆的采摘和初加工技术，从“卖鲜果”转向“卖咖啡豆”。',
      '普洱市相关负责人表示，下一步将继续完善咖啡产业链，培育本地咖啡品牌，推动普洱咖啡从原料产地向精品咖啡产区转型。',
    ]);
    expect(a.source).toEqual([
      { start: c.lineOf('普洱咖啡迎来'), end: c.lineOf('今年普洱咖啡鲜果平均收购价格') },
      { start: c.lineOf('近三成，带动当地咖农'), end: c.lineOf('普洱市相关负责人表示') },
    ]);
  });

  it('reports the jump, with the break and the resume line', () => {
    const a = c.article('普洱咖啡');
    const line = c.lineOf('今年普洱咖啡鲜果平均收购价格');
    const resumes = c.lineOf('近三成，带动当地咖农');
    expect(c.result.report.jumps).toEqual([
      { line, resumes, article: a.slug, evidence: expect.any(String) },
    ]);
    expect(a.edits).toContainEqual(expect.objectContaining({ type: 'jump', line: resumes }));
    // The seam is the jump, not a page break.
    expect(c.result.report.pageBreaks).toEqual([]);
  });

  it('the host article keeps only its own paragraphs', () => {
    const host = c.article('哈尔滨冰雪大世界');
    expect(host.truncated).toBe(false);
    expect(textsOf(host)).toEqual([
      expect.stringMatching(/^哈尔滨冰雪大世界园区19日启动夏季运营/),
      expect.stringMatching(/^园区工作人员介绍/),
    ]);
    expect(host.body).not.toContain('咖');
    expect(host.source).toEqual([
      { start: c.lineOf('哈尔滨冰雪大世界园区启动'), end: c.lineOf('园区工作人员介绍') },
    ]);
  });

  it('the distractor that also broke off does not get the continuation and stays truncated', () => {
    const b = c.article('广西糖料蔗');
    expect(b.truncated).toBe(true);
    expect(textsOf(b).at(-1)).toMatch(/每亩收入比往年$/);
    expect(b.body).not.toContain('近三成');
    expect(c.result.report.truncated).toEqual([
      expect.objectContaining({ line: c.lineOf('每亩收入比往年'), article: b.slug }),
    ]);
  });
});
