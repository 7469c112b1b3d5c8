import { pinyin } from 'pinyin-pro';

// Enough syllables to read the headline's gist in the URL, short enough to share.
const MAX_WORDS = 8;

/** A readable ASCII slug from a Chinese title's pinyin: `hong-yang-zhong-guo-zhong-ya-jing-shen`. */
export function makeSlug(title: string): string {
  // Tone sandhi only moves the tone marks of 一 and 不, which a slug drops anyway: skipped.
  const words = pinyin(title, {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
    toneSandhi: false,
  })
    .flatMap((w) => w.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  return words.slice(0, MAX_WORDS).join('-') || 'article';
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
