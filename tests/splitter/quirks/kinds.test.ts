import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, type QuirkCase } from './helpers.ts';

describe('quirk: one article per kind', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('kinds');
  });

  it('finds the five articles (numbered section headings are not headlines)', () => {
    expect(c.result.articles.map((a) => a.title)).toEqual([
      '冬季用电高峰将至 如何保障能源供应？',
      '国务院办公厅印发《关于加快推进城市更新行动的通知》',
      '联合国气候变化大会闭幕',
      '智能制造走深走实的浙江样本',
      '哈尔滨冰雕作品初露真容',
    ]);
  });

  it('gives each article its kind and names the strongest rule in report.kindRules', () => {
    // A summit's closing is a report however short it is: the meeting outweighs the foreign dateline.
    const expected = [
      ['冬季用电', 'explainer', 'question-headline'],
      ['国务院办公厅', 'notice', 'official-words'],
      ['联合国气候', 'report', 'meeting-headline'],
      ['智能制造', 'report', 'sections'],
      ['哈尔滨冰雕', 'photo', 'photo-credit'],
    ] as const;
    for (const [prefix, kind, rule] of expected) {
      const a = c.article(prefix);
      expect(a.kind, prefix).toBe(kind);
      expect(
        c.result.report.kindRules.find((r) => r.article === a.slug),
        prefix,
      ).toMatchObject({ article: a.slug, kind, rule });
    }
  });

  it('names all the evidence weighed, the losing kinds too', () => {
    const a = c.article('联合国气候');
    const rules = c.result.report.kindRules.find((r) => r.article === a.slug)!;
    expect(rules.evidence).toEqual(
      expect.arrayContaining(['meeting-headline report +3', 'foreign-dateline brief +1']),
    );
  });

  it('counts the articles per kind', () => {
    expect(c.result.report.kinds).toEqual({
      report: 2,
      explainer: 1,
      notice: 1,
      brief: 0,
      photo: 1,
    });
  });

  it('the report keeps its numbered sections', () => {
    expect(c.article('智能制造').sections).toEqual([
      '一、龙头企业打样示范',
      '二、中小企业“链式”转型',
    ]);
  });

  it('the photo has its credit, the brief its foreign dateline', () => {
    expect(c.article('哈尔滨冰雕')).toMatchObject({
      credit: '新华社记者 谢剑飞 摄',
      photographers: ['谢剑飞'],
      dateline: null,
    });
    expect(c.article('联合国气候')).toMatchObject({
      dateline: '新华社迪拜12月4日电',
      places: ['迪拜'],
      reporters: ['王东'],
    });
  });
});
