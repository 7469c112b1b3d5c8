import type { DraftArticle, Piece } from './draft-article.ts';
import { endsSentence, startsMidSentence } from './ends-sentence.ts';
import {
  findSignature,
  isDateLine,
  isListRow,
  isSignatureLine,
  opensDocument,
} from './find-signature.ts';
import { parseCredit } from './parse-credit.ts';
import type { TermLookup, TermSet } from './term-set.ts';
import { sharedTerms, termOf, termsOf, type TermWeights } from './term-weights.ts';

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
// Another open article scoring within this much of the best makes the stitch a guess: it is not made.
const MIN_MARGIN = 0.1;
// Starting mid-sentence is itself evidence that a paragraph continues something printed elsewhere,
// and so is a host paragraph that breaks off right before it: the page ended there.
const MID_SENTENCE_BONUS = 0.1;
const DANGLING_HOST_BONUS = 0.1;
const WORD_SEAM_BONUS = 0.15;
// Paragraphs printed after a document's signature and date belong to another article.
const SIGNED_BONUS = 0.2;
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
    !isListRow(last.text) &&
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
// A document (it opens with its number or addressees) whose only signature is its last lines.
function signedOnce(host: DraftArticle): boolean {
  const texts = host.pieces.slice(0, host.ownPieces).map((p) => p.text);
  const end = findSignature(texts);
  return (
    texts.slice(0, 2).some(opensDocument) && end !== -1 && !texts.slice(0, end).some(isDateLine)
  );
}

function bestTail(
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
  for (let i = host.ownPieces - 1; i >= 1; i--) {
    const piece = host.pieces[i]!;
    if (parseCredit(piece.text)) break;
    if (isSignatureLine(piece.text)) {
      // A document's own signature closes it: a continuation printed under it that ends with a
      // signature is there only when the document signed earlier (a second signature block).
      if (!after && signedOnce(host)) break;
      // What follows a document's signature and date is no part of it: a continuation, all of it.
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
      (endsSentence(host.pieces[i - 1]!.text) ? 0 : DANGLING_HOST_BONUS) +
      // A word running across the break (`百万` / `吨薯`) is the sentence going on.
      (end && words().has(termOf(end, piece.text[0]!)) ? WORD_SEAM_BONUS : 0);
    after = { article, host, at: i, score };
    const lean = sum / (host.ownPieces - i);
    if (lean >= MIN_LEAN && (!best || score > best.score)) best = after;
  }
  return best;
}

/** The editor's say on continuations: tails moved by hand, and paragraphs that continue nothing. */
export interface ContinuationControls {
  /** Articles an editor declared complete: never given a tail. */
  complete: ReadonlySet<DraftArticle>;
  /** First lines of paragraphs that continue nothing: no tail may hold them. */
  none: ReadonlySet<number>;
}

// A tail may not hold a paragraph the editor says continues nothing.
const allowed = (host: DraftArticle, at: number, none: ReadonlySet<number>) =>
  !host.pieces.slice(at, host.ownPieces).some((p) => none.has(p.lines[0]!));

// Move `host`'s pieces from `at` to the end of its own print onto `article`, and record the jump.
function moveTail(
  article: DraftArticle,
  host: DraftArticle,
  at: number,
  evidence: string,
): StitchedJump {
  const tail = host.pieces.splice(at, host.ownPieces - at);
  host.ownPieces = at;
  const line = (article.pieces.at(-1)?.lines ?? article.headerLines).at(-1)!;
  article.pieces.push(...tail);
  return { article, host, line, resumes: tail[0]!.lines[0]!, evidence };
}

/**
 * Find articles that stop mid-sentence and continue under a later headline, and move the continuation
 * back, but only where the evidence clearly prefers one article: when another open article fits the
 * same continuation almost as well, both parts stay as printed and the place is returned as doubtful.
 * `weights` should count whole articles as documents, so words shared by many stories weigh little.
 */
export function stitchJumps(
  drafts: DraftArticle[],
  getWeights: () => TermWeights,
  controls: ContinuationControls = { complete: new Set(), none: new Set() },
  words: () => TermLookup = () => new Set<number>(),
): { jumps: StitchedJump[]; unresolved: { line: number; rivals: DraftArticle[] }[] } {
  const done: StitchedJump[] = [];
  const unresolved: { line: number; rivals: DraftArticle[] }[] = [];
  // A host's headline and opening never move; a broken article's ending changes only when it gets a tail.
  const heads = new Map<DraftArticle, TermSet>();
  const ends = new Map<DraftArticle, TermSet>();
  const given = new Set<DraftArticle>();
  for (;;) {
    const candidates: Candidate[] = [];
    const open = drafts.filter((d) => isOpen(d) && !controls.complete.has(d) && !given.has(d));
    if (open.length === 0) break;
    const weights = getWeights();
    for (const article of open) {
      if (!ends.has(article)) ends.set(article, termsOf(endOf(article)));
      const own = ends.get(article)!;
      for (const host of drafts) {
        if (host.order <= article.order || host.order > article.order + MAX_DISTANCE) continue;
        if (!heads.has(host)) heads.set(host, termsOf(headOf(host)));
        const c = bestTail(article, own, host, heads.get(host)!, weights, words);
        if (c && allowed(host, c.at, controls.none)) candidates.push(c);
      }
    }
    const best = candidates.sort((x, y) => y.score - x.score)[0];
    if (best === undefined || best.score < MIN_SCORE) break;
    // Another article that would take a tail of the same host, overlapping this one, is a rival.
    const rival = candidates.find((c) => c.article !== best.article && c.host === best.host);
    if (rival && best.score - rival.score < MIN_MARGIN) {
      unresolved.push({
        line: best.host.pieces[best.at]!.lines[0]!,
        rivals: [best.article, rival.article],
      });
      // Neither article gets this continuation; each may still find another.
      given.add(best.article).add(rival.article);
      continue;
    }
    const { article, host, at } = best;
    const terms = sharedTerms(
      termsOf(
        host.pieces
          .slice(at, host.ownPieces)
          .map((p) => p.text)
          .join(''),
      ),
      termsOf(textOf(article)),
      weights,
    );
    const margin = rival
      ? `; margin ${(best.score - rival.score).toFixed(2)} over 《${rival.article.title}》`
      : '';
    done.push(
      moveTail(
        article,
        host,
        at,
        `score ${best.score.toFixed(2)}${margin}; shared vocabulary: ${terms.join('、')}`,
      ),
    );
    ends.delete(article);
  }
  return { jumps: done, unresolved };
}

/** Move each continuation an editor assigned (`continues: <headline line>`) onto its article. */
export function stitchByControl(
  drafts: DraftArticle[],
  assigned: ReadonlyMap<number, number>,
  fault: (line: number, problem: string) => Error,
): StitchedJump[] {
  const done: StitchedJump[] = [];
  for (const [line, headline] of assigned) {
    const article = drafts.find((d) => d.headerLines.includes(headline));
    if (!article) throw fault(line, `line ${headline} is not the headline of an article`);
    const host = drafts.find((d) => d.pieces.some((p) => p.lines[0] === line));
    if (!host) throw fault(line, 'that line does not start a paragraph of an article');
    if (host === article)
      throw fault(line, `that line is printed in the article of line ${headline}`);
    const at = host.pieces.findIndex((p) => p.lines[0] === line);
    if (at >= host.ownPieces) throw fault(line, 'that paragraph was already moved');
    done.push(moveTail(article, host, at, `editor's control: continues line ${headline}`));
  }
  return done;
}
