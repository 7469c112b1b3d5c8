import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, blocksOf, textsOf, type QuirkCase } from './helpers.ts';

// Prose can start like a dateline: `合作社今年新建光伏电站` reads as agency `合作社` + place `今年新建光伏` + `电`.
describe('quirk: prose that starts like a dateline', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('dateline-lookalike');
  });

  it('finds the two articles only: a heading followed by such prose is not a headline', () => {
    expect(c.result.articles.map((a) => a.title)).toEqual([
      '光伏电站为村集体经济注入新活力',
      '假日旅游市场持续升温',
    ]);
  });

  it('keeps the heading as a section and the prose intact', () => {
    const a = c.article('光伏电站');
    expect(a).toMatchObject({
      dateline: '新华社合肥6月5日电',
      reporters: ['水金辰'],
      sections: ['村集体经济增收有新招'],
    });
    expect(blocksOf(a)).toEqual([
      { type: 'paragraph', text: expect.stringMatching(/^在安徽省金寨县/) },
      { type: 'heading', text: '村集体经济增收有新招' },
      {
        type: 'paragraph',
        text: '合作社今年新建光伏电站，每年可为村集体增收20万元左右，收益主要用于村里的公益事业和困难群众帮扶。',
      },
      { type: 'paragraph', text: expect.stringMatching(/^当地干部介绍/) },
    ]);
  });

  it('prose right under an own-line dateline stays body text', () => {
    const a = c.article('假日旅游');
    expect(a.dateline).toBe('据新华社北京6月5日电');
    expect(textsOf(a)[0]).toBe('各旅行社纷纷推出电竞主题旅游线路，吸引了大批年轻游客报名。');
  });
});
