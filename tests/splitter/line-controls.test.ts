import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/regenerate/input-error.ts';
import type { SplitControls } from '../../src/schemas/split-controls.ts';
import { splitBulletin } from '../../src/splitter/split-bulletin.ts';
import { loadVocabulary } from '../helpers/load-vocabulary.ts';

// The real sample bulletin of the corpus: 法国 (headline line 11) is printed inside 国务院联防联控
// (line 1), whose jump resumes at line 25; 日方 (105) stops mid-sentence at 109; 老挝 (111) follows.
const text = readFileSync(
  new URL('../fixtures/real/2024-12-31-mixed-sample.txt', import.meta.url),
  'utf8',
);
const FILE = 'content/bulletins/2024-12-31.overrides.yaml';
const split = (lines: SplitControls) =>
  splitBulletin(text, {
    date: '2024-12-31',
    vocabulary: loadVocabulary(),
    controls: { lines, file: FILE },
  });
const plain = split({});
const titled = (r: ReturnType<typeof split>, prefix: string) =>
  r.articles.find((a) => a.title.startsWith(prefix))!;
const holds = (r: ReturnType<typeof split>, prefix: string, line: number) =>
  titled(r, prefix).source.some((s) => s.start <= line && line <= s.end);
const errorOf = (lines: SplitControls) => {
  try {
    split(lines);
  } catch (error) {
    return error;
  }
  throw new Error('no error');
};

describe('line controls from the overrides file', () => {
  it('headline: the line opens an article', () => {
    const r = split({ 17: 'headline' });
    expect(r.articles).toHaveLength(plain.articles.length + 1);
    expect(r.articles[2]!.title).toMatch(/^一半。据法国交管部门统计/);
    expect(r.report.controls).toEqual([
      { line: 17, control: 'headline', article: r.articles[2]!.slug },
    ]);
  });

  it('not-headline: the line opens nothing and stays with the article above', () => {
    const r = split({ 111: 'not-headline' });
    expect(r.articles.map((a) => a.title)).not.toContain('老挝、越南、东帝汶外长将访华');
    expect(holds(r, '日方企图', 111)).toBe(true);
  });

  it('overline: the line is printed over the headline below it', () => {
    const r = split({ 109: 'overline' });
    expect(titled(r, '老挝').overline).toMatch(/^当日例行记者会上/);
    expect(holds(r, '日方企图', 109)).toBe(false);
  });

  it('title: the line is the second line of the headline above it', () => {
    const r = split({ 3: 'title' });
    expect(r.articles[0]!.title).toBe(
      '国务院联防联控机制印发通知 ——进一步指导各地落实分区分级差异化防控策略',
    );
    expect(r.articles[0]!.kicker).toBeNull();
  });

  it('continues: none keeps a continuation where it is printed', () => {
    expect(plain.report.jumps.map((j) => j.resumes)).toEqual([25]);
    const r = split({ 25: { continues: 'none' } });
    expect(r.report.jumps).toEqual([]);
    expect(holds(r, '法国', 25)).toBe(true);
    expect(titled(r, '国务院联防').truncated).toBe(true);
  });

  it('continues: N gives the continuation to the article headed on line N', () => {
    const r = split({ 25: { continues: 105 } });
    expect(holds(r, '日方企图', 25)).toBe(true);
    expect(holds(r, '日方企图', 31)).toBe(true);
    expect(r.report.jumps.map((j) => [j.resumes, j.evidence])).toContainEqual([
      25,
      "editor's control: continues line 105",
    ]);
  });

  it('complete: the article is not cut off', () => {
    expect(titled(plain, '日方企图').truncated).toBe(true);
    const r = split({ 107: 'complete' });
    expect(titled(r, '日方企图').truncated).toBe(false);
    expect(r.report.truncated.map((t) => t.line)).not.toContain(109);
  });

  it('join and no-join decide whether two paragraphs are one', () => {
    const paragraphs = (r: ReturnType<typeof split>) => titled(r, '法国').body.split('\n\n');
    expect(paragraphs(plain)[1]).toMatch(/平日的一半。据法国交管部门统计/);
    const apart = split({ 15: 'no-join' });
    expect(paragraphs(apart)[1]).toMatch(/平日的$/);
    expect(paragraphs(apart)[2]).toMatch(/^一半。/);
    const together = split({ 19: 'join' });
    expect(paragraphs(together)).toHaveLength(paragraphs(plain).length - 1);
  });

  it('a control that does not fit the bulletin is one error naming the file and key', () => {
    const cases: [SplitControls, string][] = [
      [{ 2: 'headline' }, 'lines.2: that line is blank in the bulletin'],
      [{ 999: 'headline' }, 'lines.999: the bulletin has only 124 lines'],
      [{ 25: { continues: 7 } }, 'lines.25: line 7 is not the headline of an article'],
      [{ 11: 'join' }, 'lines.11: that line is no paragraph of an article'],
    ];
    for (const [lines, message] of cases) {
      const error = errorOf(lines);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe(`${FILE}: ${message}`);
    }
  });
});
