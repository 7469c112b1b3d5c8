import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, textsOf, coveredLines, type QuirkCase } from './helpers.ts';

describe('quirk: kickers and byline lines', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('kicker-and-byline');
  });

  it('finds four articles', () => {
    expect(c.result.articles.map((a) => a.title)).toEqual([
      '长江江豚数量止跌回升 巡护员守护“微笑天使”',
      '一座老厂房的“新生”',
      '春耕时节探访黑土地',
      '海南热带雨林国家公园新增巡护站点',
    ]);
  });

  it('double headline keeps its inner space; —— kicker without dashes; own-line dateline + bare 新华社记者 byline', () => {
    const a = c.article('长江江豚');
    expect(a).toMatchObject({
      title: '长江江豚数量止跌回升 巡护员守护“微笑天使”',
      kicker: '长江十年禁渔中期观察',
      dateline: '据新华社南京4月21日电',
      agency: '新华社',
      places: ['南京'],
      date: '2025-04-21',
      reporters: [],
    });
    const texts = textsOf(a);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/^清晨六点，/);
    expect(a.body).not.toMatch(/新华社记者|——|据新华社|禁渔中期观察/);
    // Header lines (headline, kicker, dateline, byline) are accounted for by the article.
    const covered = coveredLines(a, c.text);
    for (const needle of ['长江江豚数量', '——长江十年禁渔', '据新华社南京'])
      expect(covered).toContain(c.lineOf(needle));
    const byline = c.lineOf('据新华社南京') + 1;
    expect(c.lines[byline - 1]).toBe('新华社记者');
    expect(covered).toContain(byline);
  });

  it('byline line with names gives the reporters', () => {
    const a = c.article('一座老厂房');
    expect(a).toMatchObject({
      title: '一座老厂房的“新生”',
      kicker: '上海杨浦滨江工业遗存更新记',
      dateline: '据新华社上海4月21日电',
      reporters: ['刘巍巍', '蒋芳'],
    });
    expect(textsOf(a)[0]).toMatch(/^黄浦江畔，/);
    expect(a.body).not.toContain('刘巍巍');
  });

  it('byline without any dateline: no dateline, bulletin date, reporters from the byline', () => {
    const a = c.article('春耕时节');
    expect(a).toMatchObject({
      kicker: null,
      dateline: null,
      places: [],
      agency: '新华社',
      date: '2025-04-22',
      reporters: ['丁静', '王子江'],
    });
    expect(textsOf(a)[0]).toMatch(/^四月下旬，/);
    expect(a.body).not.toContain('新华社记者');
  });

  it('summary of a 137-character first sentence is cut to at most 120 characters', () => {
    const a = c.article('春耕时节');
    expect([...a.summary].length).toBeLessThanOrEqual(120);
    expect(a.summary).toMatch(/^四月下旬，黑龙江省建三江垦区/);
  });

  it('a first paragraph starting with 记者… and cut by a page break is body text, not a byline', () => {
    const a = c.article('海南热带雨林');
    expect(a).toMatchObject({ dateline: '据新华社海口4月21日电', reporters: [] });
    expect(textsOf(a)).toEqual([
      '记者从海南热带雨林国家公园管理局获悉，今年园区将新建12个巡护站点，进一步提升对海南长臂猿等珍稀物种的保护能力。',
    ]);
    expect(c.result.report.pageBreaks).toContainEqual(
      expect.objectContaining({
        line: c.lineOf('记者从海南热带雨林'),
        next: c.lineOf('园区将新建12个'),
        article: a.slug,
      }),
    );
  });
});
