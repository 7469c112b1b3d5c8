import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitBulletin } from '../../src/splitter/split-bulletin.ts';
import { SplitResultSchema } from '../../src/schemas/split-result.ts';
import { readBodyBlocks } from '../helpers/read-body-blocks.ts';
import { loadVocabulary } from '../helpers/load-vocabulary.ts';

const text = readFileSync(
  new URL('../../content/bulletins/2025-06-18.txt', import.meta.url),
  'utf8',
);
const result = splitBulletin(text, {
  date: '2025-06-18',
  file: '2025-06-18.txt',
  vocabulary: loadVocabulary(),
});
const [summit, subsidy, fx, strike, curfew, drones] = result.articles;
const paragraphs = (body: string) =>
  readBodyBlocks(body)
    .filter((b) => b.type === 'paragraph')
    .map((b) => b.text);
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('the seed bulletin 2025-06-18', () => {
  it('splits into six valid articles in print order', () => {
    expect(SplitResultSchema.parse(result)).toEqual(result);
    expect(result.articles.map((a) => a.kind)).toEqual([
      'report',
      'explainer',
      'notice',
      'brief',
      'brief',
      'photo',
    ]);
  });

  it('reads the summit report with its kicker, sections, page breaks, duplicates and fragment', () => {
    expect(summit!.title).toBe('弘扬中国—中亚精神，致力永久睦邻友好');
    expect(summit!.kicker).toBe(
      '中共中央政治局委员、外交部长王毅谈习近平主席赴哈萨克斯坦出席第二届中国—中亚峰会',
    );
    expect([summit!.agency, summit!.places, summit!.date]).toEqual([
      '新华社',
      ['北京'],
      '2025-06-18',
    ]);
    expect(summit!.sections.map((s) => s.replace(/^[一二三]、/, ''))).toEqual([
      '继往开来，点亮“中国—中亚精神”',
      '高质量发展，迈向共同现代化',
      '相知相亲，坚持永久睦邻友好',
    ]);
    const body = summit!.body;
    expect(body).toContain('达成的重要政治共识');
    expect(body).toContain('签署高质量共建');
    expect(count(body, '王毅说，国之交在于民相亲')).toBe(1);
    expect(count(body, '王毅最后说')).toBe(1);
    expect(paragraphs(body).at(-1)).toMatch(/^王毅最后说/);
    expect(count(body, '的是共同繁荣。')).toBe(1);
    const blocks = readBodyBlocks(body);
    const fragmentAt = blocks.findIndex((b) => b.text.startsWith('的是共同繁荣'));
    const sectionOf = (i: number) => blocks.slice(0, i).filter((b) => b.type === 'heading').length;
    expect(sectionOf(fragmentAt)).toBe(2);
    expect(summit!.truncated).toBe(false);
  });

  it('stitches the subsidy explainer back together from its jump', () => {
    expect(subsidy!.title).toBe('一些地区取消“国补”？不存在的');
    expect(subsidy!.kicker).toBe('消费品以旧换新热点追踪');
    expect([subsidy!.places, subsidy!.date, subsidy!.reporters]).toEqual([
      ['北京'],
      '2025-06-18',
      [],
    ]);
    expect(subsidy!.body).toContain('搞饥饿营销，营造恐慌情绪，消费者要特别注意辨别');
    for (const foreign of ['外汇', '德黑兰', '洛杉矶', '宵禁'])
      expect(subsidy!.body).not.toContain(foreign);
    expect(paragraphs(subsidy!.body).at(-1)).toMatch(/^记者从有关部委了解到/);
    expect(subsidy!.truncated).toBe(false);
    expect(result.report.jumps).toHaveLength(1);
    expect(result.report.jumps[0]).toMatchObject({
      article: subsidy!.slug,
      line: 80,
      resumes: 102,
    });
  });

  it('keeps the three cut-off articles, marked truncated', () => {
    expect(fx!.title).toBe('国家外汇局就深化跨境投融资外汇管理改革9项政策征求意见');
    expect([fx!.places, fx!.date, fx!.reporters, fx!.truncated]).toEqual([
      ['北京'],
      '2025-06-18',
      ['张千千', '刘开雄'],
      true,
    ]);
    expect(paragraphs(fx!.body).at(-1)).toMatch(/一是取消境内直接投资前$/);
    expect(strike!.title).toBe('以防长称 德黑兰将遭“重大”空袭 伊朗警告对以实施“惩罚性行动”');
    expect([strike!.places, strike!.date, strike!.truncated]).toEqual([
      ['耶路撒冷', '德黑兰'],
      '2025-06-17',
      true,
    ]);
    expect(curfew!.title).toBe('美国洛杉矶市长宣布解除宵禁');
    expect([curfew!.places, curfew!.date, curfew!.reporters, curfew!.truncated]).toEqual([
      ['洛杉矶'],
      '2025-06-17',
      ['高山'],
      true,
    ]);
    expect(curfew!.body).not.toContain('恐慌情绪');
    expect(result.report.truncated.map((t) => t.article)).toEqual([
      fx!.slug,
      strike!.slug,
      curfew!.slug,
    ]);
  });

  it('reads the photo with its caption, credit and place', () => {
    expect(drones!.title).toBe('重庆万架无人机灯光秀');
    expect([drones!.places, drones!.photographers, drones!.credit]).toEqual([
      ['重庆'],
      ['黄伟'],
      '新华社记者 黄伟 摄',
    ]);
    expect(drones!.body).toContain('11787架无人机');
    expect(drones!.body).toContain('吉尼斯世界纪录');
  });

  it('reports what it did', () => {
    const { report } = result;
    expect(report.pageBreaks.map((p) => [p.line, p.next])).toEqual([
      [19, 21],
      [31, 33],
    ]);
    expect(report.duplicates.map((d) => [d.line, d.kept])).toEqual([
      [39, 53],
      [41, 55],
    ]);
    expect(report.fragments.map((f) => f.line)).toEqual([43]);
    expect(report.kindRules.map((r) => r.rule)).toEqual([
      'meeting-headline',
      'question-headline',
      'official-words',
      'foreign-dateline',
      'foreign-dateline',
      'photo-credit',
    ]);
    // Every piece of evidence weighed is named, with its kind and weight.
    expect(report.kindRules[0]!.evidence).toContain('numbered-sections report +1');
    // The 外汇局 notice ties with brief (official words against a short text): the one doubt.
    expect(report.doubts.map((d) => [d.line, d.type])).toEqual([[82, 'weak-kind']]);
    expect(report.warnings.some((w) => w.text?.startsWith('愿同中方在联合国'))).toBe(true);
  });

  it('accounts for every non-blank line exactly once', () => {
    const owners = new Map<number, number>();
    const add = (line: number) => owners.set(line, (owners.get(line) ?? 0) + 1);
    const lines = text.split('\n');
    const nonBlank = lines.flatMap((l, i) => (l.trim() ? [i + 1] : []));
    for (const a of result.articles)
      for (const r of a.source) for (const n of nonBlank) if (n >= r.start && n <= r.end) add(n);
    for (const d of result.report.duplicates) add(d.line);
    expect(nonBlank.filter((n) => owners.get(n) !== 1)).toEqual([]);
  });

  it('gives every article readable, unique slugs, at least two tags and a short summary', () => {
    const slugs = result.articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(6);
    expect(summit!.slug).toBe('hong-yang-zhong-guo-zhong-ya-jing-shen');
    for (const a of result.articles) {
      expect(a.tags.length).toBeGreaterThanOrEqual(2);
      expect([...a.summary].length).toBeLessThanOrEqual(120);
    }
    expect(drones!.tags).toContain('无人机');
    expect(subsidy!.tags).toContain('以旧换新');
  });
});
