/** Chinese readers manage roughly this many characters a minute in news prose. */
const CHARS_PER_MINUTE = 400;

/** A tag with its attributes: heading ids repeat the heading's Han characters, so they must not count. */
const TAG = /<[^>]*>/g;

/** Reading time in whole minutes (at least 1) of an article's rendered HTML, counting Han characters of its text. */
export function estimateReadingMinutes(html: string): number {
  const han = html.replace(TAG, '').match(/\p{Script=Han}/gu)?.length ?? 0;
  return Math.max(1, Math.round(han / CHARS_PER_MINUTE));
}
