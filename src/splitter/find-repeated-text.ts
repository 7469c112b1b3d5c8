/** A stretch of text printed in two different paragraphs (not a whole paragraph printed twice). */
export interface RepeatedText {
  /** First line of the paragraph holding the first occurrence. */
  line: number;
  /** First line of the paragraph holding the repeat. */
  repeat: number;
  /** The repeated text. */
  text: string;
}

// Shorter shared stretches are set phrases (`中国特色社会主义制度和国家治理体系`); this long is a repeated sentence.
const MIN_REPEAT = 30;
const CLAUSE_END = new Set('，。、；：！？,.;:!?');

// Windows are indexed by a rolling hash of all MIN_REPEAT characters, not by their first two: a
// lookup then only finds windows that almost surely match, where a two-character key (`我们`) also
// finds hundreds that do not. Arithmetic is modulo 2^32 (Math.imul), so keys stay small integers.
const BASE = 31;
let top = 1;
for (let k = 1; k < MIN_REPEAT; k++) top = Math.imul(top, BASE);
const FILTER_SIZE = 1 << 16;
// Indexed by UTF-16 code: 1 for a clause end. A table read is cheaper than a Set lookup, and this
// test runs for every character of the bulletin.
const ENDS_CLAUSE = new Uint8Array(0x10000);
for (const c of CLAUSE_END) ENDS_CLAUSE[c.charCodeAt(0)] = 1;

// The hash of every window of MIN_REPEAT characters in `text`, by start position.
function windowHashes(text: string): Int32Array {
  const out = new Int32Array(Math.max(0, text.length - MIN_REPEAT + 1));
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    if (i >= MIN_REPEAT) h = (h - Math.imul(text.charCodeAt(i - MIN_REPEAT), top)) | 0;
    h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
    if (i >= MIN_REPEAT - 1) out[i - MIN_REPEAT + 1] = h;
  }
  return out;
}

function sameWindow(a: string, atA: number, b: string, atB: number): boolean {
  for (let k = 0; k < MIN_REPEAT; k++)
    if (a.charCodeAt(atA + k) !== b.charCodeAt(atB + k)) return false;
  return true;
}

/**
 * Find sentences repeated inside other paragraphs, for a warning: the text is kept where it is.
 * A repeated sentence starts a clause in at least one of its places, so only clause starts are indexed
 * and every position is looked up: a small index, one pass of lookups.
 */
export function findRepeatedText(paragraphs: { line: number; text: string }[]): RepeatedText[] {
  const hashes = paragraphs.map(({ text }) => windowHashes(text));
  const starts = new Map<number, { n: number; at: number }[]>();
  // Most positions start no indexed window: a table of hash bits turns them away before the map.
  const maybe = new Uint8Array(FILTER_SIZE);
  for (let n = 0; n < paragraphs.length; n++) {
    const { text } = paragraphs[n]!;
    const windows = hashes[n]!;
    for (let at = 0; at < windows.length; at++) {
      if (at > 0 && ENDS_CLAUSE[text.charCodeAt(at - 1)] === 0) continue;
      const key = windows[at]!;
      maybe[(key ^ (key >>> 16)) & (FILTER_SIZE - 1)] = 1;
      const list = starts.get(key);
      if (list) list.push({ n, at });
      else starts.set(key, [{ n, at }]);
    }
  }
  const found = new Map<number, RepeatedText>();
  for (let n = 0; n < paragraphs.length; n++) {
    const windows = hashes[n]!;
    for (let at = 0; at < windows.length; at++) {
      const key = windows[at]!;
      if (maybe[(key ^ (key >>> 16)) & (FILTER_SIZE - 1)] === 0) continue;
      const hits = starts.get(key);
      if (hits) record(paragraphs, n, at, hits, found);
    }
  }
  return [...found.values()].sort((x, y) => x.repeat - y.repeat || x.line - y.line);
}

// Record each earlier or later paragraph whose indexed window at `hits` matches paragraph `n` at `at`.
function record(
  paragraphs: { line: number; text: string }[],
  n: number,
  at: number,
  hits: { n: number; at: number }[],
  found: Map<number, RepeatedText>,
): void {
  const { text } = paragraphs[n]!;
  for (const hit of hits) {
    const [a, b] = hit.n < n ? [hit.n, n] : [n, hit.n];
    const pair = a * paragraphs.length + b;
    const other = paragraphs[hit.n]!.text;
    if (hit.n === n || found.has(pair) || !sameWindow(other, hit.at, text, at)) continue;
    // Reported at the later paragraph, pointing back at the earlier one.
    const [early, late, atEarly, atLate] =
      hit.n < n ? [other, text, hit.at, at] : [text, other, at, hit.at];
    found.set(pair, {
      line: paragraphs[a]!.line,
      repeat: paragraphs[b]!.line,
      text: extend(early, atEarly, late, atLate),
    });
  }
}

// Grow the matched window to the longest stretch both paragraphs share around it.
function extend(a: string, atA: number, b: string, atB: number): string {
  let s = 0;
  while (atA - s > 0 && atB - s > 0 && a[atA - s - 1] === b[atB - s - 1]) s++;
  let e = MIN_REPEAT;
  while (atA + e < a.length && atB + e < b.length && a[atA + e] === b[atB + e]) e++;
  return b.slice(atB - s, atB + e);
}
