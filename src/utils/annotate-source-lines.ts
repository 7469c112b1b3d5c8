import type { EditionReport } from '../schemas/overrides.ts';

/** What the splitter did at one line of the bulletin, as the editor's source page marks it. */
export type SourceMarkKind =
  | 'break' // ends mid-sentence at a page break; joined with line `ref`
  | 'joined' // continues line `ref` across a page break
  | 'jump' // the article breaks off here; its continuation starts at line `ref`
  | 'resume' // the continuation of the article that broke off at line `ref`
  | 'dropped' // a paragraph printed twice: this copy was dropped, line `ref` kept
  | 'kept' // the copy kept of a paragraph also printed at line `ref`
  | 'fragment' // starts mid-sentence with nothing to join; kept in place
  | 'truncated' // the article stops here mid-sentence, with no continuation found
  | 'unassigned' // before the first headline
  | 'unpublished' // text in no published article (hidden by an override, or unaccounted for)
  | 'warning' // anything else the splitter flagged
  | 'doubt' // a decision made on weak evidence: check it first
  | 'control'; // the editor's line control (overrides file `lines:`), honoured

/** One mark on a line: its kind, the line it points to, and the splitter's own words. */
export interface SourceMark {
  kind: SourceMarkKind;
  ref?: number;
  detail?: string;
  /** The control as the editor wrote it (`not-headline`, `continues: 12`), for control marks. */
  value?: string;
  /** What kind of doubtful decision it was, for doubt marks. */
  doubt?: DoubtType;
}

/** The kinds of doubtful decision the split report names. */
export type DoubtType = EditionReport['report']['doubts'][number]['type'];

/** One bulletin line with its marks. */
export interface SourceRow {
  no: number;
  text: string;
  marks: SourceMark[];
}

/** Consecutive lines that went to the same article (index into `report.articles`), or to none. */
export interface SourceRun {
  article: number | null;
  /** True when the article already had an earlier run (a jump or a dropped duplicate between). */
  continued: boolean;
  rows: SourceRow[];
}

/**
 * Split a bulletin's lines into runs by the article each line went to, and mark every line the
 * split report mentions. Linear in lines plus report entries, so a 2,000-line bulletin is cheap.
 */
export function annotateSourceLines(
  lines: string[],
  { articles, report }: EditionReport,
): SourceRun[] {
  const count = lines.length;
  const owner = new Array<number | null>(count + 1).fill(null);
  articles.forEach((article, index) => {
    for (const { start, end } of article.source)
      for (let n = Math.max(1, start); n <= Math.min(end, count); n++) owner[n] = index;
  });

  const marks = new Map<number, SourceMark[]>();
  const mark = (line: number, value: SourceMark): void => {
    if (line < 1 || line > count) return;
    const list = marks.get(line);
    if (list) list.push(value);
    else marks.set(line, [value]);
  };
  for (const p of report.pageBreaks) {
    mark(p.line, { kind: 'break', ref: p.next });
    mark(p.next, { kind: 'joined', ref: p.line });
  }
  for (const j of report.jumps) {
    mark(j.line, { kind: 'jump', ref: j.resumes, detail: j.evidence });
    mark(j.resumes, { kind: 'resume', ref: j.line, detail: j.evidence });
  }
  for (const d of report.duplicates) {
    mark(d.line, { kind: 'dropped', ref: d.kept });
    mark(d.kept, { kind: 'kept', ref: d.line });
  }
  for (const f of report.fragments) mark(f.line, { kind: 'fragment' });
  for (const t of report.truncated) mark(t.line, { kind: 'truncated' });
  for (const u of report.unassigned) mark(u.line, { kind: 'unassigned' });
  for (const w of report.warnings) mark(w.line, { kind: 'warning', detail: w.message });
  for (const d of report.doubts) mark(d.line, { kind: 'doubt', doubt: d.type, detail: d.message });
  for (const c of report.controls) {
    // `continues: 12` points at the headline it continues: link it like the other marks.
    const target = /^continues: ([1-9][0-9]*)$/.exec(c.control)?.[1];
    const ref = target === undefined ? {} : { ref: Number(target) };
    mark(c.line, { kind: 'control', value: c.control, ...ref });
  }

  const runs: SourceRun[] = [];
  const seen = new Set<number>();
  let run: SourceRun | undefined;
  for (let no = 1; no <= count; no++) {
    const text = lines[no - 1] ?? '';
    const article = owner[no] ?? null;
    const own = marks.get(no) ?? [];
    // Text that reached no article and that the report does not explain is worth a flag.
    if (article === null && text.trim() !== '' && !own.some(isAccounted))
      own.push({ kind: 'unpublished' });
    if (!run || run.article !== article) {
      run = { article, continued: article !== null && seen.has(article), rows: [] };
      if (article !== null) seen.add(article);
      runs.push(run);
    }
    run.rows.push({ no, text, marks: own });
  }
  return runs;
}

const isAccounted = (m: SourceMark): boolean => m.kind === 'dropped' || m.kind === 'unassigned';
