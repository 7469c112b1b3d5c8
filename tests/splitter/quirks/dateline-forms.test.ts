import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, textsOf, coveredLines, type QuirkCase } from './helpers.ts';

// Every dateline form a wire bulletin uses, each on a new story.
describe('quirk: dateline forms', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('dateline-forms');
  });

  it('finds the five articles, headlines as printed', () => {
    expect(c.result.articles.map((a) => a.title)).toEqual([
      '第二十届中国国际动漫节在杭州开幕',
      '甘肃敦煌文旅季接待游客人数创新高',
      '四川大熊猫国家公园新增一批红外相机',
      '埃及和苏丹就尼罗河水资源合作举行会谈',
      '国际山地旅游大会下月在贵州举办',
    ]);
    for (const a of c.result.articles) expect(a.agency).toBe('新华社');
  });

  it('inline dateline followed by a space: stripped from the first paragraph', () => {
    const a = c.article('第二十届中国国际动漫节');
    expect(a).toMatchObject({
      dateline: '新华社杭州9月11日电',
      places: ['杭州'],
      date: '2025-09-11',
      edition: '2025-09-12',
      reporters: [],
    });
    const texts = textsOf(a);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^第二十届中国国际动漫节11日在浙江杭州开幕。/);
    expect(a.body).not.toContain('新华社杭州');
  });

  it('inline dateline with （记者… …） and the text right after: reporters parsed, parenthesis not in the body', () => {
    const a = c.article('甘肃敦煌');
    expect(a).toMatchObject({
      dateline: '新华社兰州9月11日电',
      places: ['兰州'],
      date: '2025-09-11',
      reporters: ['马莉', '王铁军'],
    });
    expect(textsOf(a)[0]).toMatch(/^记者从甘肃省文化和旅游厅获悉，/);
    expect(a.body).not.toContain('（记者');
  });

  it('据… dateline on its own line, full-width digits, reporters, U+3000 indents', () => {
    const a = c.article('四川大熊猫');
    expect(['据新华社成都9月10日电', '据新华社成都９月１０日电']).toContain(a.dateline);
    expect(a).toMatchObject({ places: ['成都'], date: '2025-09-10', reporters: ['童芳'] });
    const texts = textsOf(a);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^记者从大熊猫国家公园四川省管理局了解到，/);
    expect(texts[1]).toMatch(/^监测数据显示，/);
    expect(a.body).not.toContain('\u3000');
    expect(a.body).not.toContain('据新华社');
    // The dateline line holds no body text but still belongs to the article.
    expect(coveredLines(a, c.text)).toContain(c.lineOf('据新华社成都'));
  });

  it('two places with a slash, a full-width space after 电', () => {
    const a = c.article('埃及和苏丹');
    expect(a).toMatchObject({
      dateline: '据新华社开罗/喀土穆9月11日电',
      places: ['开罗', '喀土穆'],
      date: '2025-09-11',
      reporters: [],
    });
    expect(textsOf(a)[0]).toMatch(/^埃及和苏丹两国水利部门官员11日在开罗举行会谈，/);
  });

  it('据新华社电 without place or date: no places, the bulletin date', () => {
    const a = c.article('国际山地旅游大会');
    expect(a).toMatchObject({
      dateline: '据新华社电',
      places: [],
      date: '2025-09-12',
      edition: '2025-09-12',
      reporters: [],
    });
    expect(textsOf(a)).toEqual([
      '记者从国际山地旅游联盟获悉，2025国际山地旅游大会将于10月中旬在贵州省黔东南苗族侗族自治州举办，届时将发布年度山地旅游发展报告。',
    ]);
  });
});
