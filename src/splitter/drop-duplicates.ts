import type { DraftArticle, Piece } from './draft-article.ts';
import { isListRow, isSignatureLine, opensDocument } from './find-signature.ts';
import { overlap, termsOf, type TermWeights } from './term-weights.ts';

/** A paragraph copy that was dropped because the same paragraph is kept elsewhere. */
export interface DroppedCopy {
  /** The article the dropped copy was printed in. */
  article: DraftArticle;
  /** The dropped piece (all its lines are accounted for by this record). */
  piece: Piece;
  /** First line of the copy that was kept. */
  kept: number;
}

// Short lines (a name, a credit) legitimately repeat; only paragraphs this long count as printed twice.
const MIN_LENGTH = 10;
// Closing formulas belong at the end of an article.
const CLOSING = /^[^，。]{0,10}(?:最后|总之|综上所述)/;
const FRAGMENT_PENALTY = 0.3;

interface Slot {
  draft: DraftArticle;
  index: number;
}

/** Find paragraphs printed twice, keep the copy that best fits its article's flow, and remove the others. */
export function dropDuplicates(drafts: DraftArticle[], weights: () => TermWeights): DroppedCopy[] {
  // A piece's key is asked for many times below and its text does not change here: made once.
  const keys = new Map<Piece, string>();
  const keyOf = (p: Piece) => {
    let key = keys.get(p);
    if (key === undefined) keys.set(p, (key = p.text.replace(/\s+/g, '')));
    return key;
  };
  const groups = new Map<string, Slot[]>();
  for (const draft of drafts) {
    draft.pieces.forEach((p, index) => {
      // A short line of a list (`丁向阳  国务院副秘书长`) reads as a heading; printed twice in a row
      // it is a duplicate all the same.
      const near = [draft.pieces[index - 1], draft.pieces[index + 1]];
      const twice = near.some((q) => q !== undefined && keyOf(q) === keyOf(p));
      if (!(p.role === 'paragraph' || (p.role === 'heading' && twice))) return;
      // Documents printed side by side share their addressees and signers, and lists of members
      // share people: such lines are copies only when printed twice in a row.
      if (opensDocument(p.text) || isSignatureLine(p.text)) return;
      if (isListRow(p.text) && !twice) return;
      if (keyOf(p).length < MIN_LENGTH) return;
      groups.set(keyOf(p), [...(groups.get(keyOf(p)) ?? []), { draft, index }]);
    });
  }
  const dupKeys = new Set([...groups].filter(([, s]) => s.length > 1).map(([k]) => k));
  const isDup = (p: Piece | undefined) => p !== undefined && dupKeys.has(keyOf(p));
  const dropped: DroppedCopy[] = [];
  const gone = new Set<Piece>();

  // Consecutive printed-twice paragraphs travel together: decide for the whole run at once.
  const runs = new Map<string, Slot[][]>();
  for (const draft of drafts) {
    for (let i = 0; i < draft.pieces.length; i++) {
      if (!isDup(draft.pieces[i])) continue;
      const run: Slot[] = [];
      while (isDup(draft.pieces[i])) run.push({ draft, index: i++ });
      const sig = run.map((s) => keyOf(s.draft.pieces[s.index]!)).join('\u0000');
      runs.set(sig, [...(runs.get(sig) ?? []), run]);
    }
  }
  const decide = (units: Slot[][]) => {
    const scores = units.map((u) => fit(u, isDup, weights()));
    const keep = scores.indexOf(Math.max(...scores));
    units.forEach((u, n) => {
      if (n === keep) return;
      u.forEach((slot, k) => {
        const piece = slot.draft.pieces[slot.index]!;
        const kept = units[keep]![k]!;
        if (gone.has(piece)) return;
        gone.add(piece);
        dropped.push({
          article: slot.draft,
          piece,
          kept: kept.draft.pieces[kept.index]!.lines[0]!,
        });
      });
    });
  };
  for (const units of runs.values()) if (units.length > 1) decide(units);
  for (const slots of groups.values()) {
    const alive = slots.filter((s) => !gone.has(s.draft.pieces[s.index]!));
    if (alive.length > 1) decide(alive.map((s) => [s]));
  }
  for (const d of dropped) {
    const line = d.piece.lines[0]!;
    d.article.edits.push({
      type: 'duplicate',
      line,
      note: `原文第${line}行重复刊印了第${d.kept}行的段落，已删去`,
    });
  }
  for (const draft of drafts) draft.pieces = draft.pieces.filter((p) => !gone.has(p));
  return dropped.sort((a, b) => a.piece.lines[0]! - b.piece.lines[0]!);
}

// How well a run of paragraphs fits where it is printed: shared vocabulary with the paragraphs around it
// and with its section heading, a closing formula at the very end, and no stray fragment beside it.
function fit(unit: Slot[], isDup: (p: Piece | undefined) => boolean, weights: TermWeights): number {
  const { draft } = unit[0]!;
  const pieces = draft.pieces;
  const first = unit[0]!.index;
  const last = unit.at(-1)!.index;
  const settled = (p: Piece) => !isDup(p) && !p.fragment && p.role === 'paragraph';
  const before = pieces.slice(0, first).reverse().find(settled);
  const after = pieces.slice(last + 1).find(settled);
  const heading = pieces
    .slice(0, first)
    .reverse()
    .find((p) => p.role === 'heading');
  const terms = termsOf(unit.map((s) => pieces[s.index]!.text).join(''));
  let score = 0;
  for (const p of [before, after, heading])
    if (p) score += overlap(terms, termsOf(p.text), weights);
  if (CLOSING.test(pieces[last]!.text))
    score += after || pieces.slice(last + 1).some((p) => p.role === 'heading') ? -1 : 1;
  if (pieces[first - 1]?.fragment || pieces[last + 1]?.fragment) score -= FRAGMENT_PENALTY;
  return score;
}

/**
 * Drop whole articles printed twice: a later article with the headline of an earlier one whose every
 * paragraph was dropped as a copy. Its headline, kicker and dateline lines become dropped copies too,
 * pointing at the kept article's headline. Returns the records for those lines.
 */
export function dropRepeatedArticles(
  drafts: DraftArticle[],
): { article: DraftArticle; original: DraftArticle; line: number; kept: number }[] {
  const out: { article: DraftArticle; original: DraftArticle; line: number; kept: number }[] = [];
  for (const draft of [...drafts]) {
    const original = drafts.find((d) => d.order < draft.order && d.title === draft.title);
    if (!original || draft.pieces.length > 0) continue;
    for (const line of draft.headerLines) {
      out.push({ article: draft, original, line, kept: original.headerLines[0]! });
    }
    drafts.splice(drafts.indexOf(draft), 1);
  }
  return out;
}
