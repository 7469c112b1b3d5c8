import type { EditionReport } from '../schemas/overrides.ts';

/** One line of the source page's summary: what, how many, and the lines where (if any). */
export interface ReportCount {
  label: string;
  count: number;
  lines: number[];
}

/** The counts at the top of the editor's source page, in reading order. */
export function summarizeEditionReport(report: EditionReport, lines: string[]): ReportCount[] {
  const at = (label: string, places: { line: number }[]): ReportCount => ({
    label,
    count: places.length,
    lines: places.map((p) => p.line).sort((a, b) => a - b),
  });
  const {
    pageBreaks,
    jumps,
    duplicates,
    fragments,
    truncated,
    unassigned,
    warnings,
    doubts,
    controls,
  } = report.report;
  return [
    { label: '原文行数', count: lines.length, lines: [] },
    { label: '非空行', count: lines.filter((l) => l.trim() !== '').length, lines: [] },
    { label: '已发布稿件', count: report.articles.length, lines: [] },
    { label: '已隐藏稿件', count: report.hidden.length, lines: [] },
    at('分页接续', pageBreaks),
    at('转版接续', jumps),
    at('删去的重复段落', duplicates),
    at('残段', fragments),
    at('截断的稿件', truncated),
    at('首条标题之前的行', unassigned),
    at('警告', warnings),
    at('需核对', doubts),
    at('编辑控制', controls),
  ];
}
