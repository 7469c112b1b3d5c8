import { describe, expect, it } from 'vitest';
import type { EditionReport } from '../../src/schemas/overrides.ts';
import {
  annotateSourceLines,
  type SourceRun,
  type SourceMark,
} from '../../src/utils/annotate-source-lines.ts';
import { summarizeEditionReport } from '../../src/utils/summarize-edition-report.ts';
import { SEED_LINES, seedReport } from './seed-report.ts';

const report = seedReport();
const runs = annotateSourceLines(SEED_LINES, report);
const rows = runs.flatMap((run) => run.rows.map((row) => ({ ...row, article: run.article })));
const marksAt = (line: number): SourceMark[] => rows[line - 1]?.marks ?? [];

describe('annotateSourceLines on the seed', () => {
  it('keeps every line once, in order, with its text', () => {
    expect(rows.map((r) => r.no)).toEqual(SEED_LINES.map((_, i) => i + 1));
    expect(rows.map((r) => r.text)).toEqual(SEED_LINES);
  });

  it('puts each line in the run of the article whose source ranges hold it', () => {
    report.articles.forEach((article, index) => {
      for (const { start, end } of article.source)
        for (let n = start; n <= end; n++) expect(rows[n - 1]?.article, `line ${n}`).toBe(index);
    });
    expect(rows[0]?.article, 'blank lines before the first headline').toBeNull();
  });

  it('starts a new run, marked continued, where an article resumes', () => {
    const first = report.articles.findIndex((a) => a.source.some((r) => r.start === 43));
    const resumed = runs.filter((run: SourceRun) => run.article === first);
    expect(resumed.map((run) => [run.rows[0]?.no, run.continued])).toEqual([
      [3, false],
      [43, true],
    ]);
  });

  it('marks the page breaks on both lines', () => {
    expect(marksAt(19)).toContainEqual({ kind: 'break', ref: 21 });
    expect(marksAt(21)).toContainEqual({ kind: 'joined', ref: 19 });
    expect(marksAt(31)).toContainEqual({ kind: 'break', ref: 33 });
    expect(marksAt(33)).toContainEqual({ kind: 'joined', ref: 31 });
  });

  it('marks the jump at the break and the resume, with the evidence', () => {
    const jump = marksAt(80).find((m) => m.kind === 'jump');
    expect(jump).toMatchObject({ ref: 102 });
    expect(jump?.detail).toMatch(/shared vocabulary/);
    expect(marksAt(102)).toContainEqual(expect.objectContaining({ kind: 'resume', ref: 80 }));
  });

  it('marks dropped duplicates with the kept line, and the kept lines back', () => {
    expect(marksAt(39)).toContainEqual({ kind: 'dropped', ref: 53 });
    expect(marksAt(41)).toContainEqual({ kind: 'dropped', ref: 55 });
    expect(marksAt(53)).toContainEqual({ kind: 'kept', ref: 39 });
    expect(rows[38]?.article, 'a dropped line belongs to no article').toBeNull();
    expect(marksAt(39).map((m) => m.kind)).not.toContain('unpublished');
  });

  it('marks the fragment, the three truncations and the warning', () => {
    expect(marksAt(43)).toContainEqual({ kind: 'fragment' });
    const truncated = rows.filter((r) => r.marks.some((m) => m.kind === 'truncated'));
    expect(truncated.map((r) => r.no)).toEqual([86, 92, 100]);
    expect(marksAt(37).map((m) => m.kind)).toContain('warning');
  });

  it('flags text in no article that the report does not explain, and nothing else', () => {
    const flagged = rows.filter((r) => r.marks.some((m) => m.kind === 'unpublished'));
    expect(flagged).toEqual([]);
    const hidden: EditionReport = {
      ...report,
      articles: report.articles.slice(1),
      hidden: [{ id: report.articles[0]!.id, title: report.articles[0]!.title }],
    };
    const lines = annotateSourceLines(SEED_LINES, hidden).flatMap((run) => run.rows);
    expect(lines[2]?.marks).toContainEqual({ kind: 'unpublished' });
    expect(lines[1]?.marks, 'a blank line is never flagged').toEqual([]);
  });

  it('marks each doubt with its type and message, and each honoured control as written', () => {
    const checked: EditionReport = {
      ...report,
      report: {
        ...report.report,
        doubts: [
          {
            line: 57,
            type: 'headline-without-dateline',
            message: 'headline found by its shape alone',
          },
          { line: 9999, type: 'weak-kind', message: 'past the end: ignored' },
        ],
        controls: [
          { line: 3, control: 'headline' },
          { line: 102, control: 'continues: 3' },
          { line: 90, control: 'continues: none' },
        ],
      },
    };
    const at = annotateSourceLines(SEED_LINES, checked).flatMap((run) => run.rows);
    const marks = (line: number) => at[line - 1]?.marks ?? [];
    expect(marks(57)).toContainEqual({
      kind: 'doubt',
      doubt: 'headline-without-dateline',
      detail: 'headline found by its shape alone',
    });
    expect(marks(3)).toContainEqual({ kind: 'control', value: 'headline' });
    expect(marks(102), 'continues links the headline it continues').toContainEqual({
      kind: 'control',
      value: 'continues: 3',
      ref: 3,
    });
    expect(marks(90)).toContainEqual({ kind: 'control', value: 'continues: none' });
    expect(at.filter((r) => r.marks.some((m) => m.kind === 'doubt')).map((r) => r.no)).toEqual([
      57,
    ]);
  });

  it('ignores report lines past the end of the file', () => {
    const odd: EditionReport = {
      ...report,
      report: { ...report.report, fragments: [{ line: 9999 }] },
    };
    expect(annotateSourceLines(SEED_LINES, odd).flatMap((r) => r.rows)).toHaveLength(
      SEED_LINES.length,
    );
  });

  it('stays fast on a 2,000-line bulletin', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => (i % 3 === 2 ? '' : `第${i + 1}行文字。`));
    const big: EditionReport = {
      ...report,
      articles: Array.from({ length: 100 }, (_, i) => ({
        id: `2025-06-18-${String(i).padStart(8, '0')}`,
        slug: `a-${i}`,
        title: `稿件${i}`,
        kind: 'brief' as const,
        source: [{ start: i * 20 + 1, end: i * 20 + 20 }],
      })),
      report: {
        ...report.report,
        pageBreaks: Array.from({ length: 200 }, (_, i) => ({ line: i * 10 + 1, next: i * 10 + 2 })),
      },
    };
    const started = performance.now();
    const out = annotateSourceLines(lines, big);
    expect(performance.now() - started).toBeLessThan(100);
    expect(out).toHaveLength(100);
  });
});

describe('summarizeEditionReport', () => {
  it('counts the seed: lines, articles and each kind of repair, with their lines', () => {
    const counts = Object.fromEntries(
      summarizeEditionReport(report, SEED_LINES).map((c) => [c.label, [c.count, c.lines]]),
    );
    expect(counts['原文行数']).toEqual([SEED_LINES.length, []]);
    expect(counts['已发布稿件']).toEqual([6, []]);
    expect(counts['分页接续']).toEqual([2, [19, 31]]);
    expect(counts['转版接续']).toEqual([1, [80]]);
    expect(counts['删去的重复段落']).toEqual([2, [39, 41]]);
    expect(counts['残段']).toEqual([1, [43]]);
    expect(counts['截断的稿件']).toEqual([3, [86, 92, 100]]);
  });

  it('counts the doubts and the controls honoured, with their lines', () => {
    const checked: EditionReport = {
      ...report,
      report: {
        ...report.report,
        doubts: [
          { line: 60, type: 'overline', message: 'b' },
          { line: 12, type: 'narrow-stitch', message: 'a' },
        ],
        controls: [{ line: 41, control: 'not-headline' }],
      },
    };
    const counts = Object.fromEntries(
      summarizeEditionReport(checked, SEED_LINES).map((c) => [c.label, [c.count, c.lines]]),
    );
    expect(counts['需核对']).toEqual([2, [12, 60]]);
    expect(counts['编辑控制']).toEqual([1, [41]]);
  });
});
