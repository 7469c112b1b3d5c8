import type { DraftArticle } from './draft-article.ts';
import { breaksOff } from './breaks-off.ts';
import { findSignature } from './find-signature.ts';
import { findBestTail, MIN_SCORE, type Candidate } from './find-best-tail.ts';
import { moveTail, type StitchedJump } from './move-tail.ts';
import type { TermLookup, TermSet } from './term-set.ts';
import { sharedTerms, termsOf, type TermWeights } from './term-weights.ts';

// Another open article scoring within this much of the best makes the stitch a guess: it is not made.
const MIN_MARGIN = 0.1;
// A tail scoring between this and MIN_SCORE may be a continuation, but too weakly to stitch: it is
// left where it is printed and reported for the editor to decide.
const WEAK_SCORE = 0.05;
// Both sides are compared through equally long excerpts, so a long article does not win by size:
// the broken article's headline and last characters, the host's headline and first characters.
const CONTEXT = 300;
// A continuation is printed a few articles later, on a later page; further away is not a jump.
const MAX_DISTANCE = 12;

// An article is open when it breaks off; a credit or a signed and dated close ends it.
const isOpen = (a: DraftArticle) => {
  const last = a.pieces.at(-1);
  return (
    last !== undefined && breaksOff(last.text) && findSignature(a.pieces.map((p) => p.text)) === -1
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
        // A host that stops mid-sentence itself ends with its own break, not someone's continuation.
        if (isOpen(host)) continue;
        if (!heads.has(host)) heads.set(host, termsOf(headOf(host)));
        const c = findBestTail(article, own, host, heads.get(host)!, weights, words);
        if (c && allowed(host, c.at, controls.none)) candidates.push(c);
      }
    }
    const best = candidates.sort((x, y) => y.score - x.score)[0];
    if (best === undefined || best.score < WEAK_SCORE) break;
    // Another article that would take a tail of the same host, overlapping this one, is a rival.
    const rival = candidates.find((c) => c.article !== best.article && c.host === best.host);
    if (best.score < MIN_SCORE || (rival && best.score - rival.score < MIN_MARGIN)) {
      unresolved.push({
        line: best.host.pieces[best.at]!.lines[0]!,
        rivals: rival ? [best.article, rival.article] : [best.article],
      });
      // Neither article gets this continuation; each may still find another.
      given.add(best.article);
      if (rival) given.add(rival.article);
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
