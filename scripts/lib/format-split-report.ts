import { KINDS } from '../../src/schemas/article.ts';
import type { SplitResult } from '../../src/schemas/split-result.ts';

/** The short human report `split` prints after writing an edition. */
export function formatSplitReport(result: SplitResult, target: string): string {
  const { bulletin, report } = result;
  const kinds = KINDS.filter((kind) => (report.kinds[kind] ?? 0) > 0)
    .map((kind) => `${kind} ${report.kinds[kind]}`)
    .join(', ');
  const found = `${count(result.articles.length, 'article')}${kinds ? ` (${kinds})` : ''}`;
  // Label, then where it happened: source lines (`from→to` for joins) or article slugs.
  const rows: [string, string[]][] = [
    ['page breaks joined', report.pageBreaks.map((p) => `line ${p.line}→${p.next}`)],
    ['jumps stitched', report.jumps.map((j) => `line ${j.line}→${j.resumes}`)],
    ['duplicates dropped', report.duplicates.map((d) => `line ${d.line}`)],
    ['fragments', report.fragments.map((f) => `line ${f.line}`)],
    ['truncated articles', report.truncated.map((t) => t.article ?? `line ${t.line}`)],
  ];
  if (report.unassigned.length > 0) {
    rows.push(['lines outside any article', report.unassigned.map((u) => `line ${u.line}`)]);
  }
  if (report.controls.length > 0) {
    rows.push(['controls honoured', report.controls.map((c) => `line ${c.line} ${c.control}`)]);
  }
  const lines = [`${bulletin.file ?? 'bulletin'} (${bulletin.date}): ${found} → ${target}`];
  for (const [label, places] of rows)
    lines.push(`  ${`${label}:`.padEnd(20)}${places.length}${listed(places)}`);
  // Doubts and warnings are listed in full: they are the few places an editor should look at.
  lines.push(`  ${'doubts:'.padEnd(20)}${report.doubts.length}`);
  for (const doubt of listDoubts(result)) lines.push(`    ${doubt}`);
  lines.push(`  ${'warnings:'.padEnd(20)}${report.warnings.length}`);
  for (const w of report.warnings) lines.push(`    ${placeOf(w)}: ${w.message}`);
  return lines.join('\n');
}

/** The split's doubtful decisions, one `line 57 (slug): message` each, in line order. */
export function listDoubts(result: SplitResult): string[] {
  return [...result.report.doubts]
    .sort((a, b) => a.line - b.line)
    .map((d) => `${placeOf(d)}: ${d.message}`);
}

/**
 * One-line summary for `split-all`: article count plus whatever needs an editor's eye (the
 * doubts themselves are listed by listDoubts).
 */
export function summarizeSplit(result: SplitResult): string {
  const { report } = result;
  const notes = [
    count(result.articles.length, 'article'),
    report.truncated.length > 0 ? `${report.truncated.length} truncated` : '',
    report.doubts.length > 0 ? count(report.doubts.length, 'doubt') : '',
    report.warnings.length > 0 ? count(report.warnings.length, 'warning') : '',
  ];
  return notes.filter(Boolean).join(', ');
}

/** `line 57 (slug)`, or `line 57` for a place in no article. */
function placeOf(place: { line: number; article?: string }): string {
  return `line ${place.line}${place.article ? ` (${place.article})` : ''}`;
}

/** `3 articles`, `1 article`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** ` (a, b, c, …)` with at most six entries, or nothing for an empty list. */
function listed(items: readonly string[]): string {
  if (items.length === 0) return '';
  return ` (${items.slice(0, 6).join(', ')}${items.length > 6 ? ', …' : ''})`;
}
