import type { ArticleDraft, Block } from './article-draft.ts';
import type { Rng } from './create-rng.ts';
import { pickCut } from './pick-cut.ts';

// Rates per article (per edition for jumps); the samples show more, but they were picked for their quirks.
const RATES = { pageBreak: 0.22, duplicate: 0.18, truncated: 0.1, jump: 0.3 };

/**
 * Put printing accidents into an edition's text articles at realistic rates: duplicated paragraphs
 * and page breaks in any of them, a jump in some editions, and truncations in articles that did not
 * jump. Each quirk is recorded in its article's `quirks`.
 */
export function addQuirks(drafts: ArticleDraft[], rng: Rng): void {
  for (const d of drafts) if (d.kind !== 'photo') addBreaks(d, rng);
  if (rng.chance(RATES.jump)) addJump(drafts, rng);
  for (const d of drafts) {
    if (d.kind !== 'photo' && !d.quirks.includes('jump') && rng.chance(RATES.truncated))
      truncate(d, rng);
  }
}

const paragraphIndexes = (d: ArticleDraft, from = 1) =>
  d.blocks.flatMap((b, i) => (i >= from && b.role === 'paragraph' ? [i] : []));

/** Cut block `i` mid-sentence; returns the two halves, or null when it has no place to cut. */
function cutBlock(d: ArticleDraft, i: number, rng: Rng): [Block, Block] | null {
  const block = d.blocks[i]!;
  const at = pickCut(block.text, rng);
  if (at === null) return null;
  return [
    { text: block.text.slice(0, at), role: 'paragraph' },
    { text: block.text.slice(at), role: 'paragraph' },
  ];
}

/** Duplicated paragraphs and page breaks, each at its rate. */
function addBreaks(d: ArticleDraft, rng: Rng): void {
  const paras = paragraphIndexes(d);
  if (paras.length >= 3 && rng.chance(RATES.duplicate)) {
    // A paragraph (sometimes two in a row) printed again a little further on.
    const i = rng.pick(paras.slice(0, -1));
    const run = d.blocks
      .slice(i, i + (rng.chance(0.3) ? 2 : 1))
      .filter((b) => b.role === 'paragraph');
    const at = Math.min(d.blocks.length, i + run.length + rng.int(0, 3));
    d.blocks.splice(at, 0, ...run.map((b) => ({ ...b })));
    d.quirks.push('duplicate');
  }
  const breakable = [0, ...paragraphIndexes(d)].filter((k) => d.blocks[k]?.role === 'paragraph');
  if (breakable.length > 0 && rng.chance(RATES.pageBreak)) {
    // Short paragraphs have no place to cut; the page ends in one of a few tried.
    for (const i of rng.shuffle(breakable).slice(0, 3)) {
      const halves = cutBlock(d, i, rng);
      if (!halves) continue;
      d.blocks.splice(i, 1, ...halves);
      d.quirks.push('page-break');
      break;
    }
  }
}

/** An article cut mid-sentence whose rest is printed after one or two later articles. */
function addJump(drafts: ArticleDraft[], rng: Rng): void {
  const hosts = drafts.flatMap((d, h) => {
    if (d.kind === 'photo' || h >= drafts.length - 1) return [];
    // Only the last section may jump, so no heading moves to another article.
    const lastHeading = d.blocks.findLastIndex((b) => b.role === 'heading');
    const paras = paragraphIndexes(d, Math.max(1, lastHeading + 1));
    return paras.length > 0 ? [{ d, h, paras }] : [];
  });
  if (hosts.length === 0) return;
  const { d, h, paras } = rng.pick(hosts);
  const i = paras.length > 1 && rng.chance(0.5) ? paras.at(-2)! : paras.at(-1)!;
  const halves = cutBlock(d, i, rng);
  if (!halves) return;
  const tail = [halves[1], ...d.blocks.slice(i + 1)];
  d.blocks.splice(i, d.blocks.length - i, halves[0]);
  const after = Math.min(drafts.length - 1, h + rng.int(1, 2));
  drafts[after]!.tails.push(tail);
  d.quirks.push('jump');
}

/** An article that stops mid-sentence, its rest never printed. */
function truncate(d: ArticleDraft, rng: Rng): void {
  // Cut the last paragraph, or one of the two before it when it is too short to cut; what follows is lost.
  for (let i = d.blocks.length - 1; i >= Math.max(1, d.blocks.length - 3); i--) {
    if (d.blocks[i]!.role !== 'paragraph') return;
    const halves = cutBlock(d, i, rng);
    if (!halves) continue;
    d.blocks.splice(i, d.blocks.length - i, halves[0]);
    d.quirks.push('truncated');
    return;
  }
}
