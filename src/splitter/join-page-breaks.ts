import type { DraftArticle, Piece } from './draft-article.ts';
import { endsDangling, endsSentence, startsMidSentence } from './ends-sentence.ts';
import { breaksOff } from './breaks-off.ts';
import { findSignature, isListRow, opensDocument } from './find-signature.ts';
import { parseCredit } from './parse-credit.ts';
import type { TermLookup } from './term-set.ts';
import { termOf } from './term-weights.ts';

/** What joining did to one article. */
export interface JoinResult {
  /** Page breaks rejoined: `line` ended mid-sentence, `next` went on after a blank line. */
  pageBreaks: { line: number; next: number }[];
  /** Pieces that start mid-sentence with nothing before them to join to. */
  fragments: number[];
}

// Headings are short lines without a closing mark; longer ones are a paragraph broken by a page.
const MAX_HEADING = 30;
const MIN_HEADING = 6;
const MAX_NUMBERED_HEADING = 40;
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}[、．.]|（[一二三四五六七八九十]{1,3}）)/;
// A block that opens with a number or a Latin word carries on a figure or name from the line before
// (a year, `2019年，…`, opens sentences of its own).
const CARRIES_ON = /^(?![0-9０-９]{4}年)[0-9０-９A-Za-z%％.．]/;
const SPEECH = /^(?:说|表示|介绍|指出|认为|强调|称|透露|坦言|告诉记者)[，,：:]/;
// Nor does a heading end in the middle of a figure.
const ENDS_IN_FIGURE = /[0-9０-９.．]$/;

/**
 * True when a piece printed between `prev` and `next` reads as a section heading. `words` holds the
 * character pairs the bulletin uses elsewhere: a word split across the two lines (`北` / `京…`) shows
 * a sentence broken by a page, not a heading.
 */
export function isHeading(
  piece: Piece,
  prev: Piece | undefined,
  next: Piece | undefined,
  words: () => TermLookup = () => new Set<number>(),
): boolean {
  const t = piece.text;
  const numbered = NUMBERED.test(t);
  // The text under the dateline opens the story; a heading needs a paragraph before and after it.
  if (prev === undefined || next === undefined || t.includes('。')) return false;
  if (t.length > (numbered ? MAX_NUMBERED_HEADING : MAX_HEADING)) return false;
  // A question may head a numbered section (`三、钱从哪里来？`); any other closing mark ends a sentence.
  const closes = endsSentence(t) && !(numbered && /[？?]$/.test(t));
  if (closes || /[，,、：:]$/.test(t)) return false;
  if (!numbered) {
    if (
      t.length < MIN_HEADING ||
      ENDS_IN_FIGURE.test(t) ||
      endsDangling(t) ||
      CARRIES_ON.test(next.text) ||
      startsMidSentence(next.text) ||
      words().has(termOf(t.at(-1)!, next.text[0]!)) ||
      // `截至1月` / `底，北京…`: a next block whose first clause is one character finishes this one,
      // and one opening with a speech verb (`介绍，…`) had its speaker on this line.
      /^[^，,、。][，,、]/.test(next.text) ||
      SPEECH.test(next.text) ||
      // A heading's clauses are phrases; a clause of a character or two, reported speech (`…介绍，`)
      // or a date (`截至1月底，`) belong to a sentence cut short.
      t.split(/[，,]/).some((clause) => clause.length < 3) ||
      /(?:说|表示|介绍|指出|认为|强调|称)[，,：:]|[0-9０-９]+[年月日]/.test(t)
    )
      return false;
    // In hard-wrapped copy every line stops short; an unnumbered heading stands apart from its neighbours.
    if (!piece.afterBlank && !next.afterBlank) return false;
  }
  // After an unfinished sentence a short line is that sentence's end, not a heading.
  return prev.role !== 'paragraph' || endsSentence(prev.text);
}

// What a byline line counts as when it stands before the first piece: a finished line.
const BYLINE: Piece = { lines: [], text: '', afterBlank: true, role: 'credit', fragment: false };

// Roles are decided in print order, since a heading depends on how the paragraph before it ends.
function markRoles(draft: DraftArticle, words: () => TermLookup): void {
  const pieces = draft.pieces;
  const signature = findSignature(pieces.map((p) => p.text));
  // Under a byline line (a feature) the body may open with a section heading; under a dateline the
  // first words are the story's.
  const opening = draft.hasByline && draft.dateline === null ? BYLINE : undefined;
  pieces.forEach((p, i) => {
    p.role = parseCredit(p.text)?.ownLine ? 'credit' : 'paragraph';
    if (signature !== -1 && i >= signature) p.role = 'signature';
    else if (
      p.role === 'paragraph' &&
      !isListRow(p.text) &&
      isHeading(p, pieces[i - 1] ?? opening, pieces[i + 1], words)
    )
      p.role = 'heading';
  });
  // A clause-like line (with a comma) heads a section only as one of a series; alone it is more likely
  // the first half of a sentence broken by a page.
  const plain = pieces.filter((p) => p.role === 'heading' && !NUMBERED.test(p.text));
  if (new Set(plain.map((p) => p.text)).size === 1 && /[，,]/.test(plain[0]!.text)) {
    for (const p of plain) p.role = 'paragraph';
  }
}

/** True when a heading carries print numbering such as `一、` or `（二）`. */
export function isNumberedHeading(text: string): boolean {
  return NUMBERED.test(text);
}

/**
 * Classify an article's pieces, rejoin sentences split by page breaks or a jump, and spot fragments.
 * `seams` are the first lines of stitched continuations; `words` the character pairs of the bulletin.
 */
export function joinPageBreaks(
  draft: DraftArticle,
  seams: ReadonlySet<number>,
  words: () => TermLookup,
  controls: { join: ReadonlySet<number>; noJoin: ReadonlySet<number> } = {
    join: new Set(),
    noJoin: new Set(),
  },
): JoinResult {
  const pieces = draft.pieces;
  markRoles(draft, words);
  const result: JoinResult = { pageBreaks: [], fragments: [] };
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out.at(-1);
    // A caption ending in its credit (`…游玩。新华社发`) is finished, though no stop closes it, and
    // so is a row of a list of members, a document's number and its addressee line.
    const open =
      prev !== undefined &&
      !endsSentence(prev.text) &&
      !parseCredit(prev.text) &&
      !isListRow(prev.text) &&
      !isListRow(p.text) &&
      !opensDocument(prev.text);
    // The editor's `join` and `no-join` on the paragraph's last line override the evidence.
    const end = prev?.lines.at(-1) ?? 0;
    const byHand = controls.join.has(end);
    const auto = prev?.role === 'paragraph' && p.role === 'paragraph' && open;
    if (prev && (byHand || (auto && !controls.noJoin.has(end)))) {
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
      if (byHand) prev.role = 'paragraph';
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
  return result;
}

/** The last line of an article that stops mid-sentence (no continuation was found), else null. */
export function findTruncation(draft: DraftArticle): number | null {
  const last = draft.pieces.at(-1);
  const cut = last?.role === 'paragraph' && breaksOff(last.text);
  return cut ? last.lines.at(-1)! : null;
}
