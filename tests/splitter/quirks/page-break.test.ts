import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, blocksOf, textsOf, type QuirkCase } from './helpers.ts';

describe('quirk: page breaks', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('page-break');
  });

  it('finds three complete articles', () => {
    expect(c.result.articles.map((a) => a.title)).toEqual([
      '江西今年将新建高标准农田一百八十万亩',
      '县域医共体建设提速 群众看病更方便',
      '长江口禁渔管理持续加强',
    ]);
    for (const a of c.result.articles) expect(a.truncated).toBe(false);
  });

  it('rejoins a paragraph that stops mid-sentence and goes on in the next block', () => {
    const a = c.article('江西今年');
    expect(textsOf(a)).toContain(
      '截至去年底，江西已累计建成高标准农田3100多万亩，占全省耕地面积的比重超过七成。新建农田平均每亩粮食产能可提高100斤左右，有效带动了种粮农户增收。',
    );
    const line = c.lineOf('新建农田平均每亩粮食产能可提高');
    const next = c.lineOf('100斤左右');
    expect(c.result.report.pageBreaks).toContainEqual(
      expect.objectContaining({ line, next, article: a.slug }),
    );
    expect(a.edits).toContainEqual(expect.objectContaining({ type: 'page-break', line }));
  });

  it('rejoins a short first block that has no punctuation instead of taking it for a heading', () => {
    // `据统计，去年全省粮食总产量达到` is a clause cut off by the page, not a section heading.
    const a = c.article('江西今年');
    expect(textsOf(a)).toContain(
      '据统计，去年全省粮食总产量达到438.5亿斤，连续12年稳定在430亿斤以上。',
    );
    expect(a.sections).toEqual([]);
    expect(a.body).not.toMatch(/^#/m);
    expect(c.result.report.pageBreaks).toContainEqual(
      expect.objectContaining({
        line: c.lineOf('据统计，去年全省粮食总产量达到'),
        next: c.lineOf('438.5亿斤'),
        article: a.slug,
      }),
    );
  });

  it('rejoins a break inside a report with sections', () => {
    const a = c.article('县域医共体');
    expect(textsOf(a)).toContain(
      '国家卫生健康委有关负责人表示，各地通过专家下沉坐诊、远程会诊和人员轮岗等方式，推动县级医院的技术和管理向乡镇卫生院延伸。去年全国县级医院派驻乡镇的医务人员超过8万人次，一批常见病、多发病在乡镇就能得到有效诊治。',
    );
    const line = c.lineOf('派驻乡镇的医务人员超过');
    expect(c.result.report.pageBreaks.filter((b) => b.article === a.slug)).toEqual([
      expect.objectContaining({ line, next: c.lineOf('8万人次，一批常见病') }),
    ]);
  });

  it('keeps numbered and plain heading lines as headings: never joined to a neighbour', () => {
    const a = c.article('县域医共体');
    expect(a.sections).toEqual([
      '一、优质资源向基层下沉',
      '二、信息平台打通数据壁垒',
      '远程诊断覆盖所有乡镇',
      '三、医保支付方式同步改革',
    ]);
    expect(blocksOf(a).map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ]);
    expect(
      blocksOf(a)
        .filter((b) => b.type === 'heading')
        .map((b) => b.text),
    ).toEqual(a.sections);
    const headingLines = a.sections.map((s) => c.lineOf(s));
    for (const b of c.result.report.pageBreaks) {
      expect(headingLines).not.toContain(b.line);
      expect(headingLines).not.toContain(b.next);
    }
  });

  it('rejoins a break in the text printed on the dateline line, which is never a heading', () => {
    const a = c.article('长江口禁渔');
    expect(a.dateline).toBe('新华社上海3月7日电');
    expect(textsOf(a)).toEqual([
      '上海市农业农村委7日表示，今年长江口禁捕水域将新增4套视频监控系统，实现重点水域全天候监管。',
      '执法部门将联合开展常态化巡查，严厉打击非法捕捞行为。',
    ]);
    expect(a.sections).toEqual([]);
    expect(c.result.report.pageBreaks.filter((b) => b.article === a.slug)).toEqual([
      expect.objectContaining({ line: c.lineOf('今年长江口'), next: c.lineOf('禁捕水域将新增') }),
    ]);
  });
});
