import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, textsOf, type QuirkCase } from './helpers.ts';

// `记者介绍` reads as a byline (`记者` + a two-character name), but the next line starts with a
// comma: it is the first words of a sentence cut by a page break.
describe('quirk: words that look like a byline', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('byline-lookalike');
  });

  it('finds the two articles', () => {
    expect(c.result.articles.map((a) => a.title)).toEqual([
      '北方地区新能源汽车产业加速发展',
      '边境口岸通关效率持续提升',
    ]);
  });

  it('a byline lookalike followed by a line that starts mid-sentence is rejoined into the paragraph', () => {
    const a = c.article('北方地区');
    expect(a.reporters).toEqual([]);
    expect(textsOf(a)).toEqual([
      '记者介绍，今年以来已有1000个项目陆续投入使用，产业链上下游协同更加紧密。',
      '当地有关部门表示，今年以来新增充电桩2万个，覆盖全部县城。',
    ]);
  });

  it('a real byline with a name still gives the reporter and opens no paragraph', () => {
    const a = c.article('边境口岸');
    expect(a.reporters).toEqual(['王晨']);
    expect(textsOf(a)[0]).toMatch(/^记者从海关总署获悉，/);
    expect(a.body).not.toContain('王晨');
  });
});
