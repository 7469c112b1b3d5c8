import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, blocksOf, type QuirkCase } from './helpers.ts';

describe('quirk: section headings vs numbered notice paragraphs', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('sections-vs-numbered-notice');
  });

  it('一、… heading lines become ## headings and sections[] (a numbered question heading too)', () => {
    const a = c.article('数字赋能');
    const sections = [
      '一、小程序连起干群“连心桥”',
      '二、数据多跑路，群众少跑腿',
      '三、为什么要坚持线上线下结合？',
    ];
    expect(a.sections).toEqual(sections);
    expect(blocksOf(a)).toEqual([
      { type: 'paragraph', text: expect.stringMatching(/^在湖南省浏阳市/) },
      { type: 'heading', text: sections[0] },
      { type: 'paragraph', text: expect.stringMatching(/^浏阳市在全市推广/) },
      { type: 'heading', text: sections[1] },
      { type: 'paragraph', text: expect.stringMatching(/^当地将社保/) },
      { type: 'heading', text: sections[2] },
      { type: 'paragraph', text: expect.stringMatching(/^浏阳市有关负责人表示/) },
    ]);
    expect(a.body).toMatch(/^## 一、小程序连起干群“连心桥”$/m);
    expect(a.kind).toBe('report');
  });

  it('numbered notice paragraphs ending in 。 — long or short — stay paragraphs', () => {
    const a = c.article('教育部印发通知');
    expect(a.sections).toEqual([]);
    const blocks = blocksOf(a);
    expect(blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(blocks[2]!.text).toBe('二、严格落实校园安全责任。');
    expect(a.body).not.toMatch(/^#/m);
    expect(a.kind).toBe('notice');
  });
});
