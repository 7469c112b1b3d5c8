import type { SourceLine } from './to-source-lines.ts';
import type { SplitArticle, SplitReport } from '../schemas/split-result.ts';

/** A function from line numbers in reading order to the runs of adjacent non-blank lines they form. */
export function rangesOf(
  nonBlank: number[],
): (lines: number[]) => { start: number; end: number }[] {
  const index = new Map(nonBlank.map((no, i) => [no, i]));
  return (lines) => {
    const out: { start: number; end: number }[] = [];
    for (const no of lines) {
      const last = out.at(-1);
      // Lines only blank lines apart are one run; anything printed in between starts a new one.
      if (last && index.get(no) === index.get(last.end)! + 1) last.end = no;
      else out.push({ start: no, end: no });
    }
    return out;
  };
}

/** Prove that every non-blank line went to exactly one article or to the report; throw if not. */
export function checkAccounting(
  lines: SourceLine[],
  articles: SplitArticle[],
  report: SplitReport,
): void {
  const owner = new Map<number, string>();
  const claim = (no: number, by: string) => {
    if (owner.has(no))
      throw new Error(`internal error: line ${no} claimed by ${owner.get(no)} and ${by}`);
    owner.set(no, by);
  };
  const nonBlank = lines.map((l) => l.no);
  const order = new Map(nonBlank.map((no, i) => [no, i]));
  for (const a of articles) {
    for (const r of a.source) {
      for (let i = order.get(r.start)!; i <= order.get(r.end)!; i++) claim(nonBlank[i]!, a.slug);
    }
  }
  for (const d of report.duplicates) claim(d.line, `duplicate of line ${d.kept}`);
  for (const u of report.unassigned) claim(u.line, 'unassigned');
  const lost = nonBlank.filter((no) => !owner.has(no));
  if (lost.length > 0) throw new Error(`internal error: lines ${lost.join(', ')} were lost`);
}
