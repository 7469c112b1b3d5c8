import { Config, Parser, type HtmlElement } from 'html-validate';

export type { HtmlElement };

// html-validate's own parser gives a DOM with querySelectorAll (quoted attribute selectors,
// classes, descendants), which is all the static checks need; no DOM package is required.
const parser = new Parser(await Config.defaultConfig().resolve());

/** Parse an HTML document; returns the root node (query it with querySelectorAll). */
export function parseHtml(html: string): HtmlElement {
  return parser.parseHtml(html);
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  hellip: '…',
  middot: '·',
};

/** Decode character references (html-validate keeps them raw in attributes and text). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Collapse runs of white space to one space and trim. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The decoded, squashed text of an element. */
export function text(el: HtmlElement | null | undefined): string {
  return el ? squash(decodeEntities(el.textContent)) : '';
}

/** A decoded attribute value, or null when the attribute is missing. */
export function attr(el: HtmlElement, name: string): string | null {
  const value = el.getAttributeValue(name);
  return value === null ? null : decodeEntities(value);
}
