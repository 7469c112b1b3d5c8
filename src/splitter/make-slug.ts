import { pinyin } from 'pinyin-pro';

// Enough syllables to read the headline's gist in the URL, short enough to share.
const MAX_WORDS = 8;

// The tone-marked letters pinyin-pro writes, and what its toneType 'none' leaves of each (with
// `v: true`, so ü becomes v). One table lookup per letter instead of its nine regular expressions
// per syllable, which took most of the slug's time.
const PLAIN = new Map<string, string>();
for (const [plain, marked] of [
  ['a', 'āáǎà'],
  ['o', 'ōóǒò'],
  ['e', 'ēéěè'],
  ['i', 'īíǐì'],
  ['u', 'ūúǔù'],
  ['v', 'ǖǘǚǜü'],
  ['n', 'ńňǹ'],
  ['m', 'ḿ'],
  ['ê', 'ếề'],
] as const)
  for (const c of marked) PLAIN.set(c, plain);
// Tones written as a combining mark after n, m or ê (n̄, m̄, m̌, m̀, ê̄, ê̌): the mark is dropped.
const COMBINING = new Map([
  ['\u0304', 'nmê'],
  ['\u030c', 'mê'],
  ['\u0300', 'm'],
]);

/** A syllable as pinyin-pro's toneType 'none' with `v: true` writes it: `lǜ` → `lv`. */
export function toneless(syllable: string): string {
  let out = '';
  for (const c of syllable) {
    const after = COMBINING.get(c);
    if (after !== undefined && out !== '' && after.includes(out.at(-1)!)) continue;
    out += PLAIN.get(c) ?? c;
  }
  return out;
}

/** A readable ASCII slug from a Chinese title's pinyin: `hong-yang-zhong-guo-zhong-ya-jing-shen`. */
export function makeSlug(title: string): string {
  // Tone sandhi only moves the tone marks of 一 and 不, which a slug drops anyway: skipped.
  const items = pinyin(title, {
    toneType: 'symbol',
    type: 'array',
    nonZh: 'consecutive',
    toneSandhi: false,
  });
  const words: string[] = [];
  let at = 0;
  for (const item of items) {
    // Text that is not Chinese comes back as it is printed (and keeps its accents: `Café`); a
    // Chinese character comes back as pinyin, which never equals the character itself.
    const chinese = !title.startsWith(item, at);
    at += chinese ? String.fromCodePoint(title.codePointAt(at)!).length : item.length;
    for (const word of (chinese ? toneless(item) : item).toLowerCase().split(/[^a-z0-9]+/)) {
      if (word === '') continue;
      words.push(word);
      if (words.length === MAX_WORDS) return words.join('-');
    }
  }
  return words.join('-') || 'article';
}
/** Slugs for all titles of one bulletin, made unique by a numeric suffix in print order. */
export function makeUniqueSlugs(titles: string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base = makeSlug(title);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  });
}
