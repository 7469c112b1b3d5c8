import type { ArticleDraft, Block } from './article-draft.ts';
import type { Rng } from './create-rng.ts';

/** How an edition is printed, drawn once for the whole bulletin. */
export interface EditionStyle {
  /** No blank lines between a headline, its kicker and its dateline. */
  tightHeader: boolean;
  /** Paragraphs and captions start with a full-width indent. */
  indent: boolean;
  crlf: boolean;
}

/**
 * Print the drafts as a bulletin: each article's header, body and the continuations jumped into
 * it, with blank lines of varying number (some holding only whitespace), optional indents and CRLF.
 */
export function layoutEdition(
  drafts: readonly ArticleDraft[],
  style: EditionStyle,
  rng: Rng,
): string {
  const lines: string[] = [];
  const gap = (min = 1) => {
    const n = Math.max(
      min,
      rng.weighted([
        [1, 90],
        [2, 8],
        [3, 2],
      ] as const),
    );
    for (let k = 0; k < n; k++)
      lines.push(rng.chance(0.03) ? rng.pick(['\u3000', '  ', ' \t']) : '');
  };
  const print = (b: Block) =>
    lines.push(
      style.indent && b.role !== 'heading' && b.role !== 'credit'
        ? `\u3000\u3000${b.text}`
        : b.text,
    );
  for (let k = rng.int(0, 2); k > 0; k--) lines.push('');
  drafts.forEach((d, n) => {
    if (n > 0) gap(rng.chance(0.3) ? 2 : 1);
    d.header.forEach((group, g) => {
      if (g > 0 && !style.tightHeader) gap();
      lines.push(...group);
    });
    for (const b of d.blocks) {
      gap();
      print(b);
    }
    for (const tail of d.tails) {
      for (const b of tail) {
        gap();
        print(b);
      }
    }
  });
  const end = rng.pick(['\n', '\n', '\n\n', '']);
  return lines.join(style.crlf ? '\r\n' : '\n') + (style.crlf ? end.replace(/\n/g, '\r\n') : end);
}
