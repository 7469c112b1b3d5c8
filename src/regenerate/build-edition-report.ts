import type { EditionReport } from '../schemas/overrides.ts';
import type { SplitArticle, SplitResult } from '../schemas/split-result.ts';

/** What the edition report is made of. */
export interface EditionReportInput {
  /** The splitter's result (its report names articles by the splitter's slugs). */
  result: SplitResult;
  /** The bulletin's file name under content/bulletins. */
  file: string;
  /** Published articles, final slugs and overrides applied, in print order. */
  published: readonly SplitArticle[];
  /** Articles hidden by an override. */
  hidden: readonly SplitArticle[];
  /** Splitter slug → published slug, so the report points at the pages readers see. */
  finalSlugs: ReadonlyMap<string, string>;
}

/** The edition report for `content/reports/<date>.json` (EditionReportSchema). */
export function buildEditionReport(input: EditionReportInput): EditionReport {
  const { result, file, published, hidden, finalSlugs } = input;
  const remap = <T extends { article?: string }>(items: readonly T[]): T[] =>
    items.map((item) =>
      item.article === undefined
        ? { ...item }
        : { ...item, article: finalSlugs.get(item.article) ?? item.article },
    );
  const { report } = result;
  return {
    date: result.bulletin.date,
    file,
    articles: published.map((a) => ({
      id: a.id,
      slug: a.slug,
      title: a.title,
      kind: a.kind,
      source: a.source.map((r) => ({ start: r.start, end: r.end })),
    })),
    hidden: hidden.map((a) => ({ id: a.id, title: a.title })),
    report: {
      kinds: { ...report.kinds },
      kindRules: report.kindRules.map((k) => ({
        ...k,
        article: finalSlugs.get(k.article) ?? k.article,
      })),
      pageBreaks: remap(report.pageBreaks),
      jumps: remap(report.jumps),
      duplicates: remap(report.duplicates),
      fragments: remap(report.fragments),
      truncated: remap(report.truncated),
      unassigned: remap(report.unassigned),
      doubts: remap(report.doubts),
      controls: remap(report.controls),
      warnings: remap(report.warnings),
    },
  };
}
