import type { SourceLine } from './to-source-lines.ts';
import type { DraftArticle } from './draft-article.ts';
import type { ArticleStart } from './find-headlines.ts';
import { startsMidSentence } from './ends-sentence.ts';
import { isDocumentDate } from './find-signature.ts';
import { parseByline, parseDateline } from './parse-dateline.ts';

/** Cut the lines into one draft article per headline; lines before the first headline are returned apart. */
export function readArticleBlocks(
  lines: SourceLine[],
  starts: ArticleStart[],
): { drafts: DraftArticle[]; before: SourceLine[] } {
  const firstOf = (s: ArticleStart) => s.overline ?? s.title[0]!;
  const drafts = starts.map((s, n) => {
    const end = starts[n + 1] ? firstOf(starts[n + 1]!) : lines.length;
    return readBlock(lines, s, end, n + 1);
  });
  return { drafts, before: lines.slice(0, starts[0] ? firstOf(starts[0]) : lines.length) };
}

function readBlock(
  lines: SourceLine[],
  start: ArticleStart,
  end: number,
  order: number,
): DraftArticle {
  const heads = start.title.map((i) => lines[i]!);
  const rest = lines.slice(start.title.at(-1)! + 1, end);
  const overline = start.overline === null ? null : lines[start.overline]!;
  const draft: DraftArticle = {
    order,
    title: heads
      .map((h) => h.text)
      .join(' ')
      .replace(/\s+/g, ' '),
    overline: overline?.text.replace(/\s*[—－-]+$/, '') || null,
    kicker: null,
    dateline: null,
    reporters: [],
    hasByline: false,
    bylineAgency: null,
    headerLines: [...(overline ? [overline.no] : []), ...heads.map((h) => h.no)],
    pieces: [],
    ownPieces: 0,
    edits: [],
    doubts: [],
  };
  if (start.evidence === 'shape') {
    draft.doubts.push({
      type: 'headline-without-dateline',
      line: heads[0]!.no,
      message:
        'headline found by its shape and a change of subject, with no dateline, byline or kicker under it',
    });
  }
  if (start.unsure !== undefined) {
    const line = lines[start.unsure]!.no;
    draft.doubts.push({
      type: 'overline',
      line,
      message:
        start.overline === start.unsure
          ? 'line read as the overline printed above the headline'
          : 'line read as the first line of a headline printed over two lines',
    });
  }
  let i = 0;
  const kickers: string[] = [];
  while (i < rest.length && /^[—-]{2}/.test(rest[i]!.text)) {
    kickers.push(rest[i]!.text.replace(/^[—-]+\s*/, ''));
    draft.headerLines.push(rest[i++]!.no);
  }
  draft.kicker = kickers.filter(Boolean).join(' ') || null;
  // A document's adoption date printed under its headline (`（2025年3月2日）`) is header too.
  if (i < rest.length && isDocumentDate(rest[i]!.text)) draft.headerLines.push(rest[i++]!.no);
  // The dateline and a byline come in either order, each at most once.
  let hasByline = false;
  for (let tries = 0; tries < 2 && i < rest.length; tries++) {
    const line = rest[i]!;
    const dateline = draft.dateline ? null : parseDateline(line.text);
    // A byline line directly followed by a line that starts mid-sentence is the first words of
    // that sentence cut by a page break (`记者介绍` / `，今年以来…`), not a byline.
    const cut = i + 1 < rest.length && startsMidSentence(rest[i + 1]!.text);
    const byline = dateline || hasByline || cut ? null : parseByline(line.text);
    if (dateline) {
      draft.dateline = dateline;
      draft.reporters.push(...dateline.reporters);
      // Wire copy may restate the headline after the dateline (`…电 题：…`): header, not body.
      if (dateline.rest && !/^题[：:]/.test(dateline.rest)) {
        draft.pieces.push(piece(line, dateline.rest));
      } else draft.headerLines.push(line.no);
    } else if (byline && draft.pieces.length === 0) {
      hasByline = true;
      draft.hasByline = true;
      draft.bylineAgency = byline.agency || null;
      draft.reporters.push(...byline.reporters);
      draft.headerLines.push(line.no);
    } else break;
    i++;
  }
  for (; i < rest.length; i++) draft.pieces.push(piece(rest[i]!, rest[i]!.text));
  draft.reporters = [...new Set(draft.reporters)];
  draft.ownPieces = draft.pieces.length;
  return draft;
}

function piece(line: SourceLine, text: string) {
  return {
    lines: [line.no],
    text,
    afterBlank: line.afterBlank,
    role: 'paragraph' as const,
    fragment: false,
  };
}
