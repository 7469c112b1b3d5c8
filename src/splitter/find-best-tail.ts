import type { DraftArticle, Piece } from './draft-article.ts';
import { endsDangling, endsSentence, startsMidSentence } from './ends-sentence.ts';
import { findSignature, isDateLine, isSignatureLine, opensDocument } from './find-signature.ts';
import { resumesJump } from './breaks-off.ts';
import { parseCredit } from './parse-credit.ts';
import type { TermLookup, TermSet } from './term-set.ts';
import { termOf, termsOf, type TermWeights } from './term-weights.ts';

// A continuation must lean towards the broken article rather than its host: by this much summed over
// its paragraphs (with the bonuses below), and by this much per paragraph on vocabulary alone, so that
// position never decides by itself. Unrelated paragraphs score about 0 to 0.03 each.
export const MIN_SCORE = 0.2;
const MIN_LEAN = 0.04;
// Starting mid-sentence is itself evidence that a paragraph continues something printed elsewhere,
// and so is a host paragraph that breaks off right before it: the page ended there.
const MID_SENTENCE_BONUS = 0.1;
// After a sentence cut at a word that needs more (`取证之后就是`) or at a comma (`虽然历经风风雨雨，`),
// a paragraph opening with a conjunction (`和相关负责人做笔录`, `但得到了历史性进展`) goes on with it.
const JOINS_ON = /^(?:[和与及并或而且以至但却就又也还]|因此|所以|从而|进而)/;
const JOINS_ON_BONUS = 0.25;
const DANGLING_HOST_BONUS = 0.1;
const WORD_SEAM_BONUS = 0.15;
// A paragraph that says it resumes a jump (`（上接第一版）`) is a continuation for certain.
const MARKED_BONUS = 0.5;
// Paragraphs printed after a document's signature and date, or after a story's `（完）`, belong
// to another article.
const SIGNED_BONUS = 0.2;
const ENDS_STORY = /[（(]完[）)]$/;

// Pieces are compared with many candidates: their weighted terms are computed once.
interface WeightedTerms {
  terms: number[];
  weights: number[];
  total: number;
}
const pieceTerms = new WeakMap<Piece, WeightedTerms>();
function weightedTerms(p: Piece, weights: TermWeights): WeightedTerms {
  let info = pieceTerms.get(p);
  if (!info) {
    const { terms } = termsOf(p.text);
    const w = terms.map((t) => weights.weight(t));
    info = { terms, weights: w, total: w.reduce((a, b) => a + b, 0) };
    pieceTerms.set(p, info);
  }
  return info;
}

// overlap(piece, own) − overlap(piece, home) in one pass over the piece's terms.
function leanOf({ terms, weights, total }: WeightedTerms, own: TermSet, home: TermSet): number {
  let lean = 0;
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k]!;
    if (own.has(t)) lean += weights[k]!;
    if (home.has(t)) lean -= weights[k]!;
  }
  return total === 0 ? 0 : lean / total;
}

/** A tail of `host`, from piece `at` to the end of its own print, offered to `article`. */
export interface Candidate {
  article: DraftArticle;
  host: DraftArticle;
  at: number;
  score: number;
}

// Best tail of `host` to hand to `article`: the suffix of paragraphs whose vocabulary leans furthest
// towards the broken article and away from the host's own headline and opening paragraph.
// A document (it opens with its number or addressees) whose only signature is its last lines.
function signedOnce(host: DraftArticle): boolean {
  const texts = host.pieces.slice(0, host.ownPieces).map((p) => p.text);
  const end = findSignature(texts);
  return (
    texts.slice(0, 2).some(opensDocument) && end !== -1 && !texts.slice(0, end).some(isDateLine)
  );
}

/** The tail of `host` that leans furthest towards `article`, or null when none leans enough. */
export function findBestTail(
  article: DraftArticle,
  own: TermSet,
  host: DraftArticle,
  home: TermSet,
  weights: TermWeights,
  words: () => TermLookup,
): Candidate | null {
  let sum = 0;
  let best: Candidate | null = null;
  let after: Candidate | null = null;
  const end = article.pieces.at(-1)?.text.at(-1) ?? '';
  const dangles = endsDangling(end) || end === '，' || end === '、';
  for (let i = host.ownPieces - 1; i >= 1; i--) {
    const piece = host.pieces[i]!;
    // A host that ends with a photo credit is a picture story: its captions are its own. A credit
    // further up may be a caption inside a continuation.
    if (parseCredit(piece.text) && i === host.ownPieces - 1) break;
    // What follows a story's end mark (`（完）`) is no part of it: a continuation, all of it.
    if (after && ENDS_STORY.test(piece.text))
      return { ...after, score: after.score + SIGNED_BONUS };
    if (isSignatureLine(piece.text)) {
      // A document's own signature closes it: a continuation printed under it that ends with a
      // signature is there only when the document signed earlier (a second signature block).
      if (!after && signedOnce(host)) break;
      // So does a document's signature and date.
      if (after && !isSignatureLine(host.pieces[i + 1]!.text))
        return { ...after, score: after.score + SIGNED_BONUS };
      // A continuation may end with a document's signature and date (which say nothing of its
      // subject, so they are not weighed), but never starts with them.
      continue;
    }
    sum += leanOf(weightedTerms(piece, weights), own, home);
    const score =
      sum +
      (startsMidSentence(piece.text) ? MID_SENTENCE_BONUS : 0) +
      (resumesJump(piece.text) ? MARKED_BONUS : 0) +
      (dangles && JOINS_ON.test(piece.text) ? JOINS_ON_BONUS : 0) +
      (endsSentence(host.pieces[i - 1]!.text) ? 0 : DANGLING_HOST_BONUS) +
      // A word running across the break (`百万` / `吨薯`) is the sentence going on.
      (end && words().has(termOf(end, piece.text[0]!)) ? WORD_SEAM_BONUS : 0);
    after = { article, host, at: i, score };
    const lean = sum / (host.ownPieces - i);
    if (lean >= MIN_LEAN && (!best || score > best.score)) best = after;
  }
  return best;
}
