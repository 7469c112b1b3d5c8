import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, textsOf, type QuirkCase } from './helpers.ts';

describe('quirk: fragments (a paragraph starting mid-sentence with nothing to join to)', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('fragment');
  });

  it('a paragraph starting with 的是… stays in place and is reported', () => {
    const a = c.article('全国冬小麦');
    expect(textsOf(a)).toEqual([
      expect.stringMatching(/^农业农村部19日发布消息/),
      expect.stringMatching(/^今年秋播期间/),
      '的是，今年多地推广宽幅精播和种肥同播技术，播种质量明显提升，为明年夏粮丰收打下了基础。',
      expect.stringMatching(/^农业农村部将组织专家/),
    ]);
    const line = c.lineOf('的是，今年多地推广');
    expect(c.result.report.fragments).toContainEqual(
      expect.objectContaining({ line, article: a.slug }),
    );
    expect(a.edits).toContainEqual(expect.objectContaining({ type: 'fragment', line }));
  });

  it('a paragraph starting with 了… stays in place and is reported', () => {
    const a = c.article('多地出台措施');
    expect(textsOf(a)).toEqual([
      expect.stringMatching(/^随着冬季来临/),
      '了一批冰雪旅游精品线路，覆盖滑雪度假、冰雪民俗、温泉康养等多种主题。',
      expect.stringMatching(/^文化和旅游部数据显示/),
    ]);
    expect(c.result.report.fragments).toContainEqual(
      expect.objectContaining({ line: c.lineOf('了一批冰雪旅游'), article: a.slug }),
    );
  });

  it('fragments are neither page breaks, jumps nor truncations', () => {
    expect(c.result.report.fragments).toHaveLength(2);
    expect(c.result.report.pageBreaks).toEqual([]);
    expect(c.result.report.jumps).toEqual([]);
    expect(c.result.report.truncated).toEqual([]);
    for (const a of c.result.articles) expect(a.truncated).toBe(false);
  });
});
