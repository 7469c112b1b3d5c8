import type { SplitResult } from '../../../src/schemas/split-result.ts';
import type { Quirk } from './article-draft.ts';
import type { GeneratedEdition } from './generate-edition.ts';

/** How the splitter's reading of one generated edition compares with what was generated. */
export interface SplitComparison {
  date: string;
  intended: number;
  found: number;
  /** Articles (in print order) whose kind differs from the intended one; empty when the counts differ. */
  kindMismatches: { title: string; intended: string; found: string; rule: string }[];
  /** Quirks generated, and repairs the splitter reported. */
  quirks: Record<Quirk, number>;
  reported: { pageBreaks: number; jumps: number; duplicates: number; truncated: number };
}

/** Compare a generated edition with the splitter's result for it. */
export function compareSplit(edition: GeneratedEdition, result: SplitResult): SplitComparison {
  const quirks: Record<Quirk, number> = { 'page-break': 0, jump: 0, duplicate: 0, truncated: 0 };
  for (const a of edition.articles) for (const q of a.quirks) quirks[q] += 1;
  const sameCount = result.articles.length === edition.articles.length;
  return {
    date: edition.date,
    intended: edition.articles.length,
    found: result.articles.length,
    kindMismatches: sameCount
      ? edition.articles.flatMap((a, i) => {
          const got = result.articles[i]!;
          return got.kind === a.kind
            ? []
            : [
                {
                  title: a.title,
                  intended: a.kind,
                  found: got.kind,
                  rule: result.report.kindRules[i]?.rule ?? '',
                },
              ];
        })
      : [],
    quirks,
    reported: {
      pageBreaks: result.report.pageBreaks.length,
      jumps: result.report.jumps.length,
      duplicates: new Set(result.report.duplicates.map((d) => d.kept)).size,
      truncated: result.report.truncated.length,
    },
  };
}
