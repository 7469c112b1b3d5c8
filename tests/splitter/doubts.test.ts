import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitBulletin } from '../../src/splitter/split-bulletin.ts';
import { loadVocabulary } from '../helpers/load-vocabulary.ts';

const real = (name: string) =>
  splitBulletin(readFileSync(new URL(`../fixtures/real/${name}.txt`, import.meta.url), 'utf8'), {
    date: name.slice(0, 10),
    vocabulary: loadVocabulary(),
  });
const typesAt = (r: ReturnType<typeof real>) =>
  r.report.doubts.map((d) => [d.line, d.type, d.article] as const);

// Decisions made on weak evidence are listed in report.doubts, so the editor checks those first.
describe('doubts in the split report', () => {
  it('flags a headline found without a dateline, byline or kicker under it (a commentary)', () => {
    const r = real('2020-01-17-rmrb-2');
    const piece = r.articles.find((a) => a.title.startsWith('打通快递进村'))!;
    expect(typesAt(r)).toContainEqual([79, 'headline-without-dateline', piece.slug]);
  });

  it('flags an overline told only by its phrasing, not one marked by a dash', () => {
    const r = real('2020-01-17-rmrb-2');
    // `今年起` over `义务兵实行一年两征两退`: a short label, read as an overline.
    expect(r.articles.find((a) => a.title === '义务兵实行一年两征两退')!.overline).toBe('今年起');
    expect(typesAt(r).map(([line, type]) => [line, type])).toContainEqual([19, 'overline']);
    // `灵活适度——` over `货币政策优供给重疏导` ends in a dash: sure, not flagged.
    const dashed = real('2020-01-06-rmrb-1');
    expect(dashed.articles.find((a) => a.title === '货币政策优供给重疏导')!.overline).toBe(
      '灵活适度',
    );
    expect(dashed.report.doubts.map((d) => d.line)).not.toContain(85);
  });

  it('flags a kind won on a tie, naming the evidence weighed', () => {
    // 国务院联防联控机制印发通知: `印发…通知` (notice +2) against four dated paragraphs (report +2).
    const r = real('2024-12-31-mixed-sample');
    expect(r.articles[0]!.kind).toBe('notice');
    expect(r.report.doubts).toEqual([
      expect.objectContaining({
        type: 'weak-kind',
        line: 1,
        article: r.articles[0]!.slug,
        message: expect.stringMatching(/official-words notice \+2.*several-paragraphs report \+2/),
      }),
    ]);
  });

  it('flags nothing in a bulletin whose every decision had evidence', () => {
    expect(real('2024-09-21-xinhua-5').report.doubts).toEqual([]);
  });
});
