import type { DraftArticle, Piece } from './draft-article.ts';
import { endsSentence, startsMidSentence } from './ends-sentence.ts';
import { findSignature, isSignatureLine } from './find-signature.ts';
import { parseCredit } from './parse-credit.ts';
import type { TermSet } from './term-set.ts';
import { sharedTerms, termsOf, type TermWeights } from './term-weights.ts';

/** A jump found and stitched: the article that broke off and where its continuation was printed. */
export interface StitchedJump {
  /** The article that stopped mid-sentence. */
  article: DraftArticle;
  /** The article under whose headline the continuation was printed. */
  host: DraftArticle;
  /** Last line before the break and first line of the continuation. */
  line: number;
  resumes: number;
  /** Why this continuation was given to this article. */
  evidence: string;
}

// A continuation must lean towards the broken article rather than its host: by this much summed over
// its paragraphs (with the bonuses below), and by this much per paragraph on vocabulary alone, so that
// position never decides by itself. Unrelated paragraphs score about 0 to 0.03 each.
const MIN_SCORE = 0.2;
const MIN_LEAN = 0.04;
// Starting mid-sentence is itself evidence that a paragraph continues something printed elsewhere,
// and so is a host paragraph that breaks off right before it: the page ended there.
const MID_SENTENCE_BONUS = 0.1;
const DANGLING_HOST_BONUS = 0.1;
// Both sides are compared through equally long excerpts, so a long article does not win by size:
// the broken article's headline and last characters, the host's headline and first characters.
const CONTEXT = 300;
// A continuation is printed a few articles later, on a later page; further away is not a jump.
const MAX_DISTANCE = 12;

// An article is open when it stops mid-sentence; a credit or a signed and dated close ends it.
const isOpen = (a: DraftArticle) => {
  const last = a.pieces.at(-1);
  return (
    last !== undefined &&
    !endsSentence(last.text) &&
    !parseCredit(last.text) &&
    findSignature(a.pieces.map((p) => p.text)) === -1
  );
};
const textOf = (a: DraftArticle) =>
  [a.title, a.kicker ?? '', ...a.pieces.map((p) => p.text)].join('\n');
// The broken article is represented by its headline and its last characters, where the break is.
const endOf = (a: DraftArticle) =>
  `${a.title}\n${a.kicker ?? ''}\n${a.pieces
    .map((p) => p.text)
    .join('\n')
    .slice(-CONTEXT)}`;
// The host by its headline and opening paragraph, the part surely its own.
const headOf = (a: DraftArticle) =>
  `${a.title}\n${a.kicker ?? ''}\n${(a.pieces[0]?.text ?? '').slice(0, CONTEXT)}`;

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

interface Candidate {
  article: DraftArticle;
  host: DraftArticle;
  at: number;
  score: number;
}

// Best tail of `host` to hand to `article`: the suffix of paragraphs whose vocabulary leans furthest
// towards the broken article and away from the host's own headline and opening paragraph.
function bestTail(
  article: DraftArticle,
  own: TermSet,
  host: DraftArticle,
  home: TermSet,
  weights: TermWeights,
): Candidate | null {
  let sum = 0;
  let best: Candidate | null = null;
  for (let i = host.ownPieces - 1; i >= 1; i--) {
    const piece = host.pieces[i]!;
    if (parseCredit(piece.text)) break;
    sum += leanOf(weightedTerms(piece, weights), own, home);
    // A continuation may end with a document's signature and date, but never starts with them.
    if (isSignatureLine(piece.text)) continue;
    const score =
      sum +
      (startsMidSentence(piece.text) ? MID_SENTENCE_BONUS : 0) +
      (endsSentence(host.pieces[i - 1]!.text) ? 0 : DANGLING_HOST_BONUS);
    const lean = sum / (host.ownPieces - i);
    if (lean >= MIN_LEAN && (!best || score > best.score)) best = { article, host, at: i, score };
  }
  return best;
}

/**
 * Find articles that stop mid-sentence and continue under a later headline, and move the continuation back.
 * `weights` should count whole articles as documents, so words shared by many stories weigh little.
 */
export function stitchJumps(drafts: DraftArticle[], getWeights: () => TermWeights): StitchedJump[] {
  const done: StitchedJump[] = [];
  // A host's headline and opening never move; a broken article's ending changes only when it gets a tail.
  const heads = new Map<DraftArticle, TermSet>();
  const ends = new Map<DraftArticle, TermSet>();
  for (;;) {
    let best: Candidate | null = null;
    const open = drafts.filter(isOpen);
    if (open.length === 0) return done;
    const weights = getWeights();
    for (const article of open) {
      if (!ends.has(article)) ends.set(article, termsOf(endOf(article)));
      const own = ends.get(article)!;
      for (const host of drafts) {
        if (host.order <= article.order || host.order > article.order + MAX_DISTANCE) continue;
        if (!heads.has(host)) heads.set(host, termsOf(headOf(host)));
        const c = bestTail(article, own, host, heads.get(host)!, weights);
        if (c && (!best || c.score > best.score)) best = c;
      }
    }
    if (!best || best.score < MIN_SCORE) return done;
    const { article, host, at } = best;
    const tail = host.pieces.splice(at, host.ownPieces - at);
    host.ownPieces = at;
    const line = article.pieces.at(-1)!.lines.at(-1)!;
    const terms = sharedTerms(
      termsOf(tail.map((p) => p.text).join('')),
      termsOf(textOf(article)),
      weights,
    );
    article.pieces.push(...tail);
    ends.delete(article);
    done.push({
      article,
      host,
      line,
      resumes: tail[0]!.lines[0]!,
      evidence: `score ${best.score.toFixed(2)}; shared vocabulary: ${terms.join('、')}`,
    });
  }
}
