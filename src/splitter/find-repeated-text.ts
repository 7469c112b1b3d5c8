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

// Two characters packed into one number: the index key.
const pairAt = (text: string, at: number) =>
  text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

function sameWindow(a: string, atA: number, b: string, atB: number): boolean {
  for (let k = 0; k < MIN_REPEAT; k++)
    if (a.charCodeAt(atA + k) !== b.charCodeAt(atB + k)) return false;
  return true;
}

/**
 * Find sentences repeated inside other paragraphs, for a warning: the text is kept where it is.
 * A repeated sentence starts a clause in at least one of its places, so only clause starts are indexed
 * (by their first two characters) and every position is looked up: a small index, one pass of lookups.
 */
export function findRepeatedText(paragraphs: { line: number; text: string }[]): RepeatedText[] {
  const starts = new Map<number, { n: number; at: number }[]>();
  paragraphs.forEach(({ text }, n) => {
    for (let at = 0; at + MIN_REPEAT <= text.length; at++) {
      if (at > 0 && !CLAUSE_END.has(text[at - 1]!)) continue;
      const key = pairAt(text, at);
      const list = starts.get(key);
      if (list) list.push({ n, at });
      else starts.set(key, [{ n, at }]);
    }
  });
  const found = new Map<number, RepeatedText>();
  paragraphs.forEach(({ text }, n) => {
    for (let at = 0; at + MIN_REPEAT <= text.length; at++) {
      const hits = starts.get(pairAt(text, at));
      if (!hits) continue;
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
  });
  return [...found.values()].sort((x, y) => x.repeat - y.repeat || x.line - y.line);
}

// Grow the matched window to the longest stretch both paragraphs share around it.
function extend(a: string, atA: number, b: string, atB: number): string {
  let s = 0;
  while (atA - s > 0 && atB - s > 0 && a[atA - s - 1] === b[atB - s - 1]) s++;
  let e = MIN_REPEAT;
  while (atA + e < a.length && atB + e < b.length && a[atA + e] === b[atB + e]) e++;
  return b.slice(atB - s, atB + e);
}
