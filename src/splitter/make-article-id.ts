// FNV-1a, 32 bits: a short, stable, dependency-free digest; ids only need to be unique within an edition.
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Stable ids for an edition's articles, `<edition>-<8 hex>`, from each headline with its spacing
 * removed: a re-split or a better splitter keeps the id as long as the headline reads the same.
 * Headlines printed twice get `-2`, `-3` in print order.
 */
export function makeArticleIds(edition: string, titles: string[]): string[] {
  const used = new Map<string, number>();
  return titles.map((title) => {
    const base = `${edition}-${fnv1a(title.replace(/\s+/g, ''))}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
