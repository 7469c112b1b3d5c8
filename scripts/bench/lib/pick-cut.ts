import type { Rng } from './create-rng.ts';

const MARK = /[\p{P}\p{S}\s]/u;
// A line of up to this many characters without a full stop could pass for a headline.
const HEADLINE_SHAPE = 64;

/**
 * A place to cut a paragraph mid-sentence (a page break, a jump or a truncation): never right after
 * or before punctuation, and leaving a first part with a full stop or longer than a headline, so the
 * cut cannot create a line that reads as a new article. Null when the paragraph has no such place.
 */
export function pickCut(text: string, rng: Rng): number | null {
  const chars = [...text];
  const places: number[] = [];
  let head = '';
  for (let p = 1; p < chars.length - 8; p++) {
    head += chars[p - 1]!;
    if (p < 12 || MARK.test(chars[p - 1]!) || MARK.test(chars[p]!)) continue;
    if (!head.includes('。') && p <= HEADLINE_SHAPE) continue;
    places.push(head.length);
  }
  return places.length === 0 ? null : rng.pick(places);
}
