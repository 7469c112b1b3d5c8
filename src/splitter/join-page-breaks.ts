import type { DraftArticle, Piece } from './draft-article.ts';
import { endsSentence, startsMidSentence } from './ends-sentence.ts';
import { parseCredit } from './parse-credit.ts';

/** What joining did to one article. */
export interface JoinResult {
  /** Page breaks rejoined: `line` ended mid-sentence, `next` went on after a blank line. */
  pageBreaks: { line: number; next: number }[];
  /** Pieces that start mid-sentence with nothing before them to join to. */
  fragments: number[];
  /** The last line, when the article stops mid-sentence. */
  truncatedAt: number | null;
}

// Headings are short lines without a closing mark; longer ones are a paragraph broken by a page.
const MAX_HEADING = 30;
const MAX_NUMBERED_HEADING = 40;
// A line ending in a particle or preposition is a sentence cut off, never a heading.
const DANGLING = /[的了在和与及对把被将为向从是以而并或之于其这那个着地得等所]$/;
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}[、．.]|（[一二三四五六七八九十]{1,3}）)/;

/** True when a piece printed after `prev` reads as a section heading. */
export function isHeading(piece: Piece, prev: Piece | undefined, next: Piece | undefined): boolean {
  const t = piece.text;
  const numbered = NUMBERED.test(t);
  if (t.length > (numbered ? MAX_NUMBERED_HEADING : MAX_HEADING) || next === undefined)
    return false;
  if (/[，,、：:]$/.test(t) || (!numbered && DANGLING.test(t))) return false;
  if (endsSentence(t) && !(numbered && /[？?]$/.test(t))) return false;
  // In hard-wrapped copy every line stops short; an unnumbered heading stands apart from its neighbours.
  if (!numbered && !piece.afterBlank && !next.afterBlank) return false;
  // After an unfinished sentence a short line is that sentence's end, not a heading.
  return prev === undefined || prev.role !== 'paragraph' || endsSentence(prev.text);
}

/** True when a heading carries print numbering such as `一、` or `（二）`. */
export function isNumberedHeading(text: string): boolean {
  return NUMBERED.test(text);
}

/** Classify an article's pieces, rejoin sentences split by page breaks or a jump, and spot fragments. */
export function joinPageBreaks(draft: DraftArticle, seams: Set<number>): JoinResult {
  const pieces = draft.pieces;
  pieces.forEach((p, i) => {
    const credit = parseCredit(p.text);
    p.role = credit?.ownLine
      ? 'credit'
      : isHeading(p, pieces[i - 1], pieces[i + 1])
        ? 'heading'
        : 'paragraph';
  });
  const result: JoinResult = { pageBreaks: [], fragments: [], truncatedAt: null };
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out.at(-1);
    if (prev?.role === 'paragraph' && p.role === 'paragraph' && !endsSentence(prev.text)) {
      const line = prev.lines.at(-1)!;
      // A join across a jump seam is reported as the jump; one inside a printed block as a page break.
      if (!seams.has(p.lines[0]!) && p.afterBlank) {
        result.pageBreaks.push({ line, next: p.lines[0]! });
        draft.edits.push({
          type: 'page-break',
          line,
          note: `原文第${line}行因分页断开，已与第${p.lines[0]}行接续`,
        });
      }
      prev.text += p.text;
      prev.lines.push(...p.lines);
      continue;
    }
    if (p.role === 'paragraph' && startsMidSentence(p.text)) {
      p.fragment = true;
      result.fragments.push(p.lines[0]!);
      draft.edits.push({
        type: 'fragment',
        line: p.lines[0]!,
        note: `原文第${p.lines[0]}行段首残缺，无处接续，原样保留`,
      });
    }
    out.push(p);
  }
  draft.pieces = out;
  const last = out.at(-1);
  if (last?.role === 'paragraph' && !endsSentence(last.text) && !parseCredit(last.text)) {
    result.truncatedAt = last.lines.at(-1)!;
  }
  return result;
}
