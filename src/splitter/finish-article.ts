import type { TagVocabulary } from '../schemas/tag-vocabulary.ts';
import type { SplitArticle } from '../schemas/split-result.ts';
import type { DraftArticle } from './draft-article.ts';
import { assignTags } from './assign-tags.ts';
import { buildBody } from './build-body.ts';
import { isDomesticPlace } from './is-domestic-place.ts';
import { isNumberedHeading } from './join-page-breaks.ts';
import { chooseKind } from './choose-kind.ts';
import type { KindRule } from './kind-rules.ts';
import { parseCredit } from './parse-credit.ts';
import { resolveDate } from './resolve-date.ts';
import { summarize } from './summarize.ts';

/** What finishing an article needs to know about its bulletin. */
export interface FinishContext {
  id: string;
  slug: string;
  bulletinDate: string;
  /** The agency most datelines name, for articles that name none. */
  defaultAgency: string;
  truncated: boolean;
  /** Turns a list of line numbers, in reading order, into line ranges. */
  toRanges: (lines: number[]) => { start: number; end: number }[];
  vocabulary: TagVocabulary;
  kindRules: readonly KindRule[];
}

// `这是6月17日晚在重庆拍摄的…`: the place a photo was taken.
const SHOT_AT = /在([\u4e00-\u9fa5]{2,12}?)(?:市|省)?(?:[\u4e00-\u9fa5]{0,8}?)拍摄/;

function photoPlace(caption: string): string[] {
  const m = SHOT_AT.exec(caption);
  if (!m) return [];
  const spot = m[1]!;
  // Prefer the city or province the spot starts with (`北京天安门广场` → 北京).
  for (let n = Math.min(4, spot.length); n >= 2; n--)
    if (isDomesticPlace(spot.slice(0, n))) return [spot.slice(0, n)];
  return spot.length <= 4 ? [spot] : [];
}

// A caption's trailing photo credit is no summary. The pattern is tried at every start position, so
// it is skipped for the many leads that name no photographer.
const TRAILING_CREDIT = /[（(]?[^（(]*摄\s*[）)]?$/;
const withoutCredit = (text: string) =>
  text.includes('摄') ? text.replace(TRAILING_CREDIT, '') : text;

/** Turn an assembled draft into a finished article: metadata, kind, tags, summary and Markdown body. */
export function finishArticle(
  draft: DraftArticle,
  ctx: FinishContext,
): { article: SplitArticle; rule: string; evidence: string[]; weakKind: boolean } {
  const credits = draft.pieces.map((p) => parseCredit(p.text)).filter((c) => c !== null);
  const credit = credits.at(-1) ?? null;
  // A picture story may print two pictures, each with its own credit: every photographer counts.
  const photographers = [...new Set(credits.flatMap((c) => c.photographers))];
  const paragraphs = draft.pieces.filter((p) => p.role === 'paragraph');
  const headings = draft.pieces.filter((p) => p.role === 'heading').map((p) => p.text);
  const dateline = draft.dateline;
  const places = dateline
    ? dateline.places
    : credit
      ? photoPlace(paragraphs.map((p) => p.text).join(''))
      : [];
  const bodyText = draft.pieces.map((p) => p.text).join('\n');
  const lead = paragraphs[0]?.text ?? draft.pieces[0]?.text ?? draft.title;
  const { kind, rule, evidence, weak } = chooseKind(
    {
      title: draft.title,
      overline: draft.overline,
      kicker: draft.kicker,
      hasDateline: dateline !== null,
      hasByline: draft.hasByline,
      hasCredit: credit !== null,
      headings: headings.length,
      numberedHeadings: headings.filter(isNumberedHeading).length,
      foreignDateline: (dateline?.places ?? []).some((p) => !isDomesticPlace(p)),
      lead,
      paragraphs: paragraphs.map((p) => p.text),
      bodyLength: bodyText.length,
      signature: draft.pieces.filter((p) => p.role === 'signature').map((p) => p.text),
    },
    ctx.kindRules,
  );
  const summaryFrom = withoutCredit(lead.replace(/^【[^】]{1,8}】/, '')) || draft.title;
  const lines = [...draft.headerLines, ...draft.pieces.flatMap((p) => p.lines)];
  const article: SplitArticle = {
    id: ctx.id,
    slug: ctx.slug,
    kind,
    title: draft.title,
    ...(draft.overline ? { overline: draft.overline } : {}),
    kicker: draft.kicker,
    // A credit of names alone (`朱佩娴  霍亚平摄影报道`) names no agency.
    agency: dateline?.agency ?? (credit?.agency || draft.bylineAgency) ?? ctx.defaultAgency,
    dateline: dateline?.text ?? null,
    places,
    date: resolveDate(dateline?.month ?? null, dateline?.day ?? null, ctx.bulletinDate),
    edition: ctx.bulletinDate,
    order: draft.order,
    reporters: draft.reporters,
    photographers,
    credit: credit?.text ?? null,
    sections: headings,
    truncated: ctx.truncated,
    tags: assignTags(
      { title: draft.title, kicker: draft.kicker, body: bodyText, places },
      ctx.vocabulary,
    ),
    summary: summarize(summaryFrom),
    source: ctx.toRanges(lines),
    edits: [...draft.edits].sort((a, b) => a.line - b.line),
    corrections: [],
    image: null,
    body: buildBody(
      draft.pieces.length > 0 ? draft.pieces : [{ role: 'paragraph', text: draft.title }],
    ),
  };
  return { article, rule, evidence, weakKind: weak };
}
