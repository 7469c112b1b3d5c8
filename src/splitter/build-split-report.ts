import type { SplitArticle, SplitReport } from '../schemas/split-result.ts';
import { KINDS } from '../schemas/article.ts';
import type { DraftArticle, Piece } from './draft-article.ts';
import type { DroppedCopy } from './drop-duplicates.ts';
import { findRepeatedText } from './find-repeated-text.ts';
import { FALLBACK_RULE } from './choose-kind.ts';
import type { JoinResult } from './join-page-breaks.ts';
import type { StitchedJump } from './move-tail.ts';
import type { SourceLine } from './to-source-lines.ts';

/** Everything the splitter did to one bulletin, as the report needs it. */
export interface SplitFacts {
  lines: SourceLine[];
  /** Lines before the first headline. */
  before: SourceLine[];
  drafts: DraftArticle[];
  /** Per draft: its joins and, when it stops mid-sentence, its last line. */
  joins: (JoinResult & { truncatedAt: number | null })[];
  jumps: StitchedJump[];
  dropped: DroppedCopy[];
  /** Lines of whole articles printed twice, with the headline line of the copy kept. */
  repeated: { article: DraftArticle; line: number; kept: number }[];
  finished: { article: SplitArticle; rule: string; evidence: string[]; weakKind: boolean }[];
  /** Line controls honoured, with the line they apply to. */
  controls: { line: number; control: string }[];
  slugOf: Map<DraftArticle, string>;
}

const excerpt = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

/** Assemble the split report: kinds and their rules, every repair, and the warnings. */
export function buildSplitReport(facts: SplitFacts): SplitReport {
  const { lines, before, drafts, joins, jumps, dropped, repeated, finished, slugOf, controls } =
    facts;
  const articles = finished.map((f) => f.article);
  const textOf = new Map(lines.map((l) => [l.no, l.text]));
  const articleAt = (line: number) => {
    const a = articles.find((x) => x.source.some((r) => r.start <= line && line <= r.end));
    return a ? { article: a.slug } : {};
  };
  const paragraphs = drafts.flatMap((d) =>
    d.pieces
      .filter((p) => p.role === 'paragraph')
      .map((p: Piece) => ({ line: p.lines[0]!, text: p.text })),
  );
  return {
    kinds: Object.fromEntries(
      KINDS.map((k) => [k, articles.filter((a) => a.kind === k).length]),
    ) as SplitReport['kinds'],
    kindRules: finished.map((f) => ({
      article: f.article.slug,
      kind: f.article.kind,
      rule: f.rule,
      evidence: f.evidence,
    })),
    pageBreaks: drafts.flatMap((d, i) =>
      joins[i]!.pageBreaks.map((b) => ({ ...b, article: slugOf.get(d)! })),
    ),
    jumps: jumps.map((j) => ({
      line: j.line,
      resumes: j.resumes,
      article: slugOf.get(j.article)!,
      evidence: j.evidence,
    })),
    duplicates: [
      ...dropped.flatMap((d) =>
        d.piece.lines.map((line) => ({ line, kept: d.kept, article: d.article })),
      ),
      ...repeated,
    ]
      .sort((a, b) => a.line - b.line)
      .map((d) => ({
        ...d,
        article: slugOf.get(d.article)!,
        text: excerpt(textOf.get(d.line) ?? ''),
      })),
    fragments: drafts.flatMap((d, i) =>
      joins[i]!.fragments.map((line) => ({
        line,
        article: slugOf.get(d)!,
        text: excerpt(textOf.get(line) ?? ''),
      })),
    ),
    truncated: drafts.flatMap((d, i) => {
      const line = joins[i]!.truncatedAt;
      return line === null
        ? []
        : [{ line, article: slugOf.get(d)!, text: `…${d.pieces.at(-1)!.text.slice(-30)}` }];
    }),
    unassigned: before.map((l) => ({ line: l.no, text: excerpt(l.text) })),
    doubts: drafts
      .flatMap((d, i) => [
        ...d.doubts.map((doubt) => ({ ...doubt, article: slugOf.get(d)! })),
        ...(finished[i]!.weakKind
          ? [
              {
                type: 'weak-kind' as const,
                line: d.headerLines[0]!,
                article: slugOf.get(d)!,
                message:
                  finished[i]!.rule === FALLBACK_RULE
                    ? 'no rule of the kind table held: brief by default'
                    : `kind ${finished[i]!.article.kind} won on thin or tied evidence (${finished[i]!.evidence.join(', ')})`,
              },
            ]
          : []),
      ])
      .sort((a, b) => a.line - b.line),
    controls: controls.map((c) => ({ ...c, ...articleAt(c.line) })),
    warnings: [
      ...findRepeatedText(paragraphs).map((r) => ({
        line: r.repeat,
        text: excerpt(r.text),
        message: `text also printed at line ${r.line} is repeated inside this paragraph; kept in both places`,
      })),
      ...(before.length > 0
        ? [
            {
              line: before[0]!.no,
              message: `${before.length} line(s) before the first headline belong to no article`,
            },
          ]
        : []),
    ],
  };
}
