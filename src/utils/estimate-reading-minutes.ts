/** Chinese readers manage roughly this many characters a minute in news prose. */
const CHARS_PER_MINUTE = 400;

/** Reading time in whole minutes (at least 1), counting Han characters rather than words. */
export function estimateReadingMinutes(markdown: string): number {
  const han = markdown.match(/\p{Script=Han}/gu)?.length ?? 0;
  return Math.max(1, Math.round(han / CHARS_PER_MINUTE));
}
