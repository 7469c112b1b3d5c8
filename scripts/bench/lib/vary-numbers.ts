import type { Rng } from './create-rng.ts';

// Figures that are not dates or ordinals: `948亿`, `35%`, `11787架`. Dates are left to shiftDates.
const FIGURE = /(?<![\d.第])(\d+)(?![\d.年月日时号])/g;

/**
 * Replace about half of the figures in a text with others of the same number of digits, so
 * recombined copy does not repeat the same tokens: a search index grows with distinct words.
 */
export function varyNumbers(text: string, rng: Rng): string {
  return text.replace(FIGURE, (digits) => {
    // Years (`2025至2026年`) stay, or the copy would print impossible ones.
    if (/^(?:19|20)\d\d$/.test(digits) || !rng.chance(0.5)) return digits;
    let out = String(rng.int(digits.length > 1 ? 1 : 0, 9));
    for (let i = 1; i < digits.length; i++) out += String(rng.int(0, 9));
    return out;
  });
}
