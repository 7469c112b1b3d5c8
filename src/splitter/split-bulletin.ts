import type { SplitResult } from '../schemas/split-result.ts';
import type { SplitControls } from '../schemas/split-controls.ts';
import type { TagVocabulary } from '../schemas/tag-vocabulary.ts';
import { BulletinError } from './bulletin-error.ts';
import { buildSplitReport } from './build-split-report.ts';
import { dropDuplicates, dropRepeatedArticles } from './drop-duplicates.ts';
import { findHeadlines } from './find-headlines.ts';
import { finishArticle } from './finish-article.ts';
import { findTruncation, joinPageBreaks } from './join-page-breaks.ts';
import { KIND_RULES, type KindRule } from './kind-rules.ts';
import { makeArticleIds } from './make-article-id.ts';
import { makeUniqueSlugs } from './make-slug.ts';
import { readArticleBlocks } from './read-article-blocks.ts';
import { bodyControls, readLineControls } from './read-line-controls.ts';
import { stitchContinuations } from './stitch-continuations.ts';
import { createTermWeights, termsOf } from './term-weights.ts';
import { toSourceLines } from './to-source-lines.ts';
import { checkAccounting, rangesOf } from './check-accounting.ts';

/** What splitting needs besides the text. */
export interface SplitOptions {
  /** Date of the bulletin, `YYYY-MM-DD`. */
  date: string;
  /** File name, for the report. */
  file?: string | null;
  /** The editors' tag vocabulary. */
  vocabulary: TagVocabulary;
  /** The kind table; the built-in one by default. */
  kindRules?: readonly KindRule[];
  /** The editor's line controls (`lines:` of the overrides file) and that file's name for errors. */
  controls?: { lines: SplitControls; file: string };
}

/** A value computed the first time it is asked for. */
const lazy = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/** Split a decoded bulletin into typed articles, with a report of every repair made on the way. */
export function splitBulletin(text: string, options: SplitOptions): SplitResult {
  const lines = toSourceLines(text);
  const controls = readLineControls(options.controls, lines);
  const starts = findHeadlines(lines, controls.map);
  const { drafts, before } = readArticleBlocks(lines, starts);
  if (drafts.length === 0)
    throw new BulletinError(
      'no article found: no headline followed by a dateline or a photo credit',
    );
  // Term statistics are only needed when a bulletin has a quirk to resolve, so they are built on demand.
  // Articles are the documents, so words shared by many stories weigh little.
  const weights = lazy(() =>
    createTermWeights(drafts.map((d) => [d.title, ...d.pieces.map((p) => p.text)].join('\n'))),
  );
  const words = lazy(() => termsOf(text));
  const body = bodyControls(controls.map);
  const { jumps, complete } = stitchContinuations(drafts, weights, body, controls.fault, words);
  const seams = new Set(jumps.map((j) => j.resumes));
  const joined = new Map(drafts.map((d) => [d, joinPageBreaks(d, seams, words, body)]));
  const dropped = dropDuplicates(drafts, weights);
  const repeated = dropRepeatedArticles(drafts);
  const joins = drafts.map((d) => ({
    ...joined.get(d)!,
    truncatedAt: complete.has(d) ? null : findTruncation(d),
  }));

  const slugs = makeUniqueSlugs(drafts.map((d) => d.title));
  const ids = makeArticleIds(
    options.date,
    drafts.map((d) => d.title),
  );
  const slugOf = new Map(drafts.map((d, i) => [d, slugs[i]!]));
  // Copies in an article printed twice are reported under the article that was kept.
  for (const r of repeated) slugOf.set(r.article, slugOf.get(r.original)!);
  const agencies = drafts.map((d) => d.dateline?.agency).filter((a) => a !== undefined);
  const defaultAgency =
    agencies.sort(
      (a, b) => agencies.filter((x) => x === b).length - agencies.filter((x) => x === a).length,
    )[0] ?? '新华社';
  const toRanges = rangesOf(lines.map((l) => l.no));
  const finished = drafts.map((d, i) =>
    finishArticle(d, {
      id: ids[i]!,
      slug: slugs[i]!,
      bulletinDate: options.date,
      defaultAgency,
      truncated: joins[i]!.truncatedAt !== null,
      toRanges,
      vocabulary: options.vocabulary,
      kindRules: options.kindRules ?? KIND_RULES,
    }),
  );
  const articles = finished.map((f) => f.article);
  const report = buildSplitReport({
    lines,
    before,
    drafts,
    joins,
    jumps,
    dropped,
    repeated,
    finished,
    slugOf,
    controls: [...controls.map].map(([line, c]) => ({
      line,
      control: typeof c === 'string' ? c : `continues: ${c.continues}`,
    })),
  });
  checkAccounting(lines, articles, report);
  return {
    bulletin: {
      file: options.file ?? null,
      date: options.date,
      lines: text.split(/\r\n|\r|\n/).length,
      articles: articles.length,
    },
    articles,
    report,
  };
}
