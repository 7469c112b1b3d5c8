import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, textsOf, type QuirkCase } from './helpers.ts';

describe('quirk: photo credits and caption places', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('photo-credits');
  });

  it('finds five photos, each a photo by the photo-credit rule, with no dateline and the bulletin date', () => {
    expect(c.result.articles.map((a) => a.title)).toEqual([
      '青岛海边迎来避暑游客',
      '榕江“村超”迎来暑期赛事',
      '呼伦贝尔草原风光',
      '西安城墙灯会吸引市民游客',
      '长沙橘子洲焰火表演',
    ]);
    for (const a of c.result.articles) {
      expect(a).toMatchObject({
        kind: 'photo',
        dateline: null,
        agency: '新华社',
        date: '2025-08-09',
        reporters: [],
        truncated: false,
      });
    }
    expect(c.result.report.kindRules.map((r) => r.rule)).toEqual(Array(5).fill('photo-credit'));
  });

  it('（新华社记者 … 摄） appended to the caption; place from 这是…在青岛…拍摄', () => {
    const a = c.article('青岛海边');
    expect(a).toMatchObject({
      credit: '新华社记者 李紫恒 摄',
      photographers: ['李紫恒'],
      places: ['青岛'],
    });
    expect(textsOf(a)).toEqual([
      '这是8月8日在青岛第一海水浴场拍摄的游客。（新华社记者 李紫恒 摄）',
    ]);
    expect(a.summary).not.toContain('李紫恒');
  });

  it('新华社发（… 摄） after the caption; place from 在贵州省榕江县拍摄', () => {
    const a = c.article('榕江');
    expect(a).toMatchObject({ credit: '新华社发（王炳真 摄）', photographers: ['王炳真'] });
    expect(a.places).toHaveLength(1);
    expect(['贵州', '榕江']).toContain(a.places[0]);
    expect(textsOf(a).at(-1)).toBe('这是8月8日在贵州省榕江县拍摄的比赛现场。新华社发（王炳真 摄）');
  });

  it('新华社记者 … 摄 on its own line after several caption lines', () => {
    const a = c.article('呼伦贝尔');
    expect(a).toMatchObject({ credit: '新华社记者 连振 摄', photographers: ['连振'] });
    expect(a.places).toHaveLength(1);
    expect(['内蒙古', '呼伦贝尔']).toContain(a.places[0]);
    expect(textsOf(a)).toEqual([
      '这是8月7日在内蒙古呼伦贝尔市陈巴尔虎旗拍摄的草原风光（无人机照片）。',
      '盛夏时节，呼伦贝尔草原绿意盎然，牛羊成群，吸引众多游客前来观光。',
      '新华社记者 连振 摄',
    ]);
    expect(a.summary).not.toContain('连振');
  });

  it('新华社发（… 摄） on its own line', () => {
    const a = c.article('西安城墙');
    expect(a).toMatchObject({ credit: '新华社发（张博文 摄）', photographers: ['张博文'] });
    expect(textsOf(a)).toEqual(['8月8日晚，游客在西安城墙上观赏灯组。', '新华社发（张博文 摄）']);
  });

  it('two photographers in one credit', () => {
    const a = c.article('长沙橘子洲');
    expect(a).toMatchObject({
      credit: '新华社记者 陈思汗 薛宇舸 摄',
      photographers: ['陈思汗', '薛宇舸'],
      places: ['长沙'],
    });
  });
});
