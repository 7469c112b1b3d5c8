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

/** Find sentences repeated inside other paragraphs, for a warning: the text is kept where it is. */
export function findRepeatedText(paragraphs: { line: number; text: string }[]): RepeatedText[] {
  const seen = new Map<string, number>();
  const found: RepeatedText[] = [];
  const reported = new Set<string>();
  paragraphs.forEach((p, n) => {
    const mine = new Set<string>();
    for (let i = 0; i + MIN_REPEAT <= p.text.length; i++) {
      const window = p.text.slice(i, i + MIN_REPEAT);
      const first = seen.get(window);
      if (first !== undefined && first !== n && !reported.has(`${first}:${n}`)) {
        reported.add(`${first}:${n}`);
        const text = extend(paragraphs[first]!.text, p.text, i);
        found.push({ line: paragraphs[first]!.line, repeat: p.line, text });
      }
      mine.add(window);
    }
    for (const w of mine) if (!seen.has(w)) seen.set(w, n);
  });
  return found;
}

// Grow the matched window to the longest stretch both paragraphs share around it.
function extend(a: string, b: string, at: number): string {
  const probe = b.slice(at, at + MIN_REPEAT);
  const start = a.indexOf(probe);
  let s = 0;
  while (start - s > 0 && at - s > 0 && a[start - s - 1] === b[at - s - 1]) s++;
  let e = MIN_REPEAT;
  while (start + e < a.length && at + e < b.length && a[start + e] === b[at + e]) e++;
  return b.slice(at - s, at + e);
}
