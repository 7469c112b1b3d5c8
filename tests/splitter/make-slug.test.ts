import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { makeSlug, makeUniqueSlugs, toneless } from '../../src/splitter/make-slug.ts';

// The slug as pinyin-pro's own tone removal makes it: what makeSlug must equal, character for character.
function reference(title: string): string {
  const words = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((w) => w.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  return words.slice(0, 8).join('-') || 'article';
}

describe('makeSlug', () => {
  it('reads a headline as pinyin words', () => {
    expect(makeSlug('弘扬“中国—中亚精神”')).toBe('hong-yang-zhong-guo-zhong-ya-jing-shen');
    expect(makeSlug('女排姑娘绿茵场')).toBe('nv-pai-gu-niang-lv-yin-chang');
    expect(makeSlug('G7峰会在Café举行')).toBe('g7-feng-hui-zai-caf-ju-xing');
    expect(makeSlug('——')).toBe('article');
  });

  it('drops tones exactly as pinyin-pro does, for every character it knows', () => {
    const differ: string[] = [];
    for (let code = 0x3400; code <= 0x9fff; code++) {
      const c = String.fromCodePoint(code);
      const [marked] = pinyin(c, { toneType: 'symbol', type: 'array', toneSandhi: false });
      const [plain] = pinyin(c, { toneType: 'none', type: 'array', v: true, toneSandhi: false });
      if (toneless(marked!) !== plain) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('equals the reference on any mix of Chinese, accented Latin, digits and punctuation', () => {
    const piece = fc.oneof(
      fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c)),
      fc.integer({ min: 0x20000, max: 0x2a6df }).map((c) => String.fromCodePoint(c)),
      fc.constantFrom('a', 'Z', '7', 'é', 'ü', 'ǹ', 'ê', '\u0304', ' ', '—', '，', '“', '·', 'ń'),
      fc.constantFrom('一', '不', '欸', '嗯', '呣', '绿', '女', '重庆', '银行'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const title = pieces.join('');
        expect(makeSlug(title)).toBe(reference(title));
      }),
      { seed: 1, numRuns: 2000 },
    );
  });

  it('makes slugs unique within a bulletin by a numeric suffix', () => {
    expect(makeUniqueSlugs(['外汇', '外汇', '外汇'])).toEqual([
      'wai-hui',
      'wai-hui-2',
      'wai-hui-3',
    ]);
  });
});
