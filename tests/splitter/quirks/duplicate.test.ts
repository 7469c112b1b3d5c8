import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, textsOf, coveredLines, type QuirkCase } from './helpers.ts';

const ADJACENT =
  '各地粮食部门提前检修仓容、校验设备，在主产区增设收购网点，并开通售粮预约服务，减少农民排队等候时间。';
const TALENT =
  '这位负责人说，养老服务人才是事业发展的关键。民政部将会同有关部门完善养老护理员职业技能等级认定，提高护理员薪酬待遇，让更多年轻人愿意进入这一行业。';
const CLOSING =
  '这位负责人最后说，积极应对人口老龄化是一项长期战略任务。民政部将坚持尽力而为、量力而行，不断完善基本养老服务体系，让老年人共享改革发展成果。';

describe('quirk: duplicated paragraphs', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('duplicate');
  });

  it('finds two articles', () => {
    expect(c.result.articles).toHaveLength(2);
  });

  it('keeps one of two adjacent copies and lists the other with the copy kept', () => {
    const a = c.article('秋粮收购');
    const texts = textsOf(a);
    expect(texts.filter((t) => t === ADJACENT)).toHaveLength(1);
    expect(texts).toHaveLength(3);
    const copies = c.linesOf(ADJACENT);
    expect(copies).toHaveLength(2);
    const mine = c.result.report.duplicates.filter((d) => d.article === a.slug);
    expect(mine).toHaveLength(1);
    expect([mine[0]!.line, mine[0]!.kept].sort((x, y) => x - y)).toEqual(copies);
    expect(a.edits).toContainEqual(
      expect.objectContaining({ type: 'duplicate', line: mine[0]!.line }),
    );
    expect(coveredLines(a, c.text)).not.toContain(mine[0]!.line);
  });

  it('a run printed twice far apart: the copy that ends with the closing …最后说… paragraph, at the end, is kept', () => {
    const a = c.article('让每一位老年人');
    const [talentMid, talentEnd] = c.linesOf(TALENT);
    const [closingMid, closingEnd] = c.linesOf(CLOSING);
    expect(textsOf(a)).toEqual([
      expect.stringMatching(/^民政部负责人在接受记者采访时表示/),
      expect.stringMatching(/^这位负责人说，社区居家养老/),
      expect.stringMatching(/^针对农村养老服务短板/),
      expect.stringMatching(/^在智慧养老方面/),
      TALENT,
      CLOSING,
    ]);
    expect(c.result.report.duplicates.filter((d) => d.article === a.slug)).toEqual([
      expect.objectContaining({ line: talentMid, kept: talentEnd }),
      expect.objectContaining({ line: closingMid, kept: closingEnd }),
    ]);
    const covered = coveredLines(a, c.text);
    expect(covered).toContain(talentEnd);
    expect(covered).toContain(closingEnd);
    expect(covered).not.toContain(talentMid);
    expect(covered).not.toContain(closingMid);
  });
});
