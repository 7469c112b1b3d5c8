/** One non-blank line of a bulletin, trimmed, with its 1-based number. */
export interface SourceLine {
  /** 1-based line number in the decoded text. */
  no: number;
  /** The line without leading or trailing whitespace (full-width spaces included). */
  text: string;
  /** True when one or more blank lines come right before it (or it opens the file). */
  afterBlank: boolean;
}

// JavaScript's \s covers U+3000 (ideographic space) and U+00A0, which bulletins use for indents.
const EDGE_SPACE = /^\s+|\s+$/g;

/** Split decoded text into its non-blank lines, keeping each line's number. */
export function toSourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let afterBlank = true;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const trimmed = raw.replace(EDGE_SPACE, '');
    if (trimmed === '') {
      afterBlank = true;
      return;
    }
    out.push({ no: i + 1, text: trimmed, afterBlank });
    afterBlank = false;
  });
  return out;
}
