import type { SourceLine } from './to-source-lines.ts';
import type { DraftArticle } from './draft-article.ts';
import { startsMidSentence } from './ends-sentence.ts';
import { parseByline, parseDateline } from './parse-dateline.ts';

/** Cut the lines into one draft article per headline; lines before the first headline are returned apart. */
export function readArticleBlocks(
  lines: SourceLine[],
  heads: number[],
): { drafts: DraftArticle[]; before: SourceLine[] } {
  const drafts = heads.map((h, n) =>
    readBlock(lines.slice(h, heads[n + 1] ?? lines.length), n + 1),
  );
  return { drafts, before: lines.slice(0, heads[0] ?? lines.length) };
}

function readBlock(block: SourceLine[], order: number): DraftArticle {
  const [head, ...rest] = block;
  const draft: DraftArticle = {
    order,
    title: head!.text.replace(/\s+/g, ' '),
    kicker: null,
    dateline: null,
    reporters: [],
    bylineAgency: null,
    headerLines: [head!.no],
    pieces: [],
    ownPieces: 0,
    edits: [],
  };
  let i = 0;
  const kickers: string[] = [];
  while (i < rest.length && /^[—-]{2}/.test(rest[i]!.text)) {
    kickers.push(rest[i]!.text.replace(/^[—-]+\s*/, ''));
    draft.headerLines.push(rest[i++]!.no);
  }
  draft.kicker = kickers.filter(Boolean).join(' ') || null;
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
      if (dateline.rest) {
        draft.pieces.push(piece(line, dateline.rest));
      } else draft.headerLines.push(line.no);
    } else if (byline && draft.pieces.length === 0) {
      hasByline = true;
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
