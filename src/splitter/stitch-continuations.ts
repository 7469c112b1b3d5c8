import type { DraftArticle } from './draft-article.ts';
import type { BodyControls, ControlFault } from './read-line-controls.ts';
import type { StitchedJump } from './move-tail.ts';
import { stitchByControl } from './stitch-by-control.ts';
import { stitchJumps } from './stitch-jumps.ts';
import type { TermLookup } from './term-set.ts';
import type { TermWeights } from './term-weights.ts';

// A stitch whose lead over the next best article is below this is made, but flagged for the editor.
const NARROW = 0.2;

/**
 * Put jumped articles back together: the continuations the editor assigned first, then the ones the
 * evidence clearly gives to one article. Notes each jump on its article and each doubtful place in
 * the drafts' doubts. Returns the jumps and the articles the editor declared complete.
 */
export function stitchContinuations(
  drafts: DraftArticle[],
  weights: () => TermWeights,
  controls: BodyControls,
  fault: ControlFault,
  words: () => TermLookup,
): { jumps: StitchedJump[]; complete: Set<DraftArticle> } {
  const holding = (line: number) =>
    drafts.find(
      (d) => d.headerLines.includes(line) || d.pieces.some((p) => p.lines.includes(line)),
    );
  const complete = new Set<DraftArticle>();
  for (const line of controls.complete) {
    const draft = holding(line);
    if (!draft) throw fault(line, 'that line is in no article');
    complete.add(draft);
  }
  for (const line of [...controls.join, ...controls.noJoin]) {
    if (!drafts.some((d) => d.pieces.some((p) => p.lines.includes(line))))
      throw fault(line, 'that line is no paragraph of an article');
  }
  const byHand = stitchByControl(drafts, controls.assigned, fault);
  const { jumps, unresolved } = stitchJumps(
    drafts,
    weights,
    { complete, none: controls.none },
    words,
  );
  for (const u of unresolved) {
    holding(u.line)?.doubts.push({
      type: 'unresolved-continuation',
      line: u.line,
      message: `continuation may belong to ${u.rivals.map((r) => `《${r.title}》`).join(' or ')}, too weakly to stitch; left where it is printed`,
    });
  }
  for (const j of jumps) {
    const margin = /margin ([0-9.]+)/.exec(j.evidence);
    if (margin && Number(margin[1]) < NARROW) {
      j.article.doubts.push({
        type: 'narrow-stitch',
        line: j.resumes,
        message: `continuation stitched with a narrow margin (${j.evidence.split(';')[0]})`,
      });
    }
  }
  const all = [...byHand, ...jumps];
  for (const j of all) {
    j.article.edits.push({
      type: 'jump',
      line: j.resumes,
      note: `原文在第${j.line}行转接，续文刊于《${j.host.title}》之后（第${j.resumes}行起），已接续`,
    });
  }
  return { jumps: all, complete };
}
