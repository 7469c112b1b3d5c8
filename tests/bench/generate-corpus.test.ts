import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/schemas/article.ts';
import { splitBulletin } from '../../src/splitter/split-bulletin.ts';
import { createRng } from '../../scripts/bench/lib/create-rng.ts';
import { generateCorpus, NEWEST_EDITION } from '../../scripts/bench/lib/generate-corpus.ts';
import { loadTextPool } from '../../scripts/bench/lib/load-text-pool.ts';
import { pickCut } from '../../scripts/bench/lib/pick-cut.ts';
import { addDays, shiftDates } from '../../scripts/bench/lib/shift-dates.ts';
import { loadVocabulary } from '../helpers/load-vocabulary.ts';

const pool = loadTextPool();
const vocabulary = loadVocabulary();
const corpus = (seed: number, editions: number) => [...generateCorpus(pool, seed, { editions })];

describe('generateCorpus', () => {
  const editions = corpus(7, 20);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(corpus(7, 20).map((e) => e.text)).toEqual(editions.map((e) => e.text));
    expect(corpus(8, 20).map((e) => e.text)).not.toEqual(editions.map((e) => e.text));
  });

  it('counts back one day at a time from the newest edition', () => {
    expect(editions.map((e) => e.date)).toEqual(
      editions.map((_, n) => addDays(NEWEST_EDITION, -n)),
    );
  });

  it('prints 4–10 articles an edition with headlines unique within it', () => {
    for (const e of editions) {
      expect(e.articles.length).toBeGreaterThanOrEqual(4);
      expect(e.articles.length).toBeLessThanOrEqual(10);
      expect(new Set(e.articles.map((a) => a.title)).size).toBe(e.articles.length);
    }
  });

  it('splits into exactly the generated articles, and every kind and quirk occurs', () => {
    const found = new Set<string>();
    for (const e of editions) {
      const result = splitBulletin(e.text, { date: e.date, vocabulary });
      expect(
        result.articles.map((a) => a.title),
        e.date,
      ).toEqual(e.articles.map((a) => a.title));
      for (const a of result.articles) found.add(a.kind);
    }
    expect([...found].sort()).toEqual([...KINDS].sort());
    expect(new Set(editions.flatMap((e) => e.articles.map((a) => a.kind)))).toEqual(new Set(KINDS));
    const quirks = new Set(editions.flatMap((e) => e.articles.flatMap((a) => a.quirks)));
    expect([...quirks].sort()).toEqual(['duplicate', 'jump', 'page-break', 'truncated']);
  });

  it('prints every dateline form', () => {
    const text = editions.map((e) => e.text).join('\n');
    expect(text).toMatch(/^新华社[^\s（]+\d+月\d+日电 \S/m);
    expect(text).toMatch(/^据新华社\S+\d+月\d+日电\r?\n新华社记者/m);
    expect(text).toMatch(/电（记者[^）]+）/);
    expect(text).toMatch(/^据?新华社[^/\s]+\/[^/\s]+\d+月\d+日电/m);
    expect(text).toMatch(/^据新华社电 /m);
    expect(text).toMatch(/新华社记者 \S+ 摄/);
  });

  it('stops at the first edition that reaches an article target', () => {
    const editions = [...generateCorpus(pool, 7, { articles: 30 })];
    const total = editions.reduce((n, e) => n + e.articles.length, 0);
    expect(total).toBeGreaterThanOrEqual(30);
    expect(total - editions.at(-1)!.articles.length).toBeLessThan(30);
  });
});

describe('helpers', () => {
  it('shifts every written date by the days between two dates', () => {
    expect(
      shiftDates('2025年6月16日至18日，6月17日晚，2025年全年', '2025-06-18', '2025-03-02'),
    ).toBe('2025年2月28日至2日，3月1日晚，2025年全年');
  });

  it('cuts mid-sentence, never next to punctuation, leaving no headline-shaped first part', () => {
    const rng = createRng(1);
    for (const text of pool.topics.flatMap((t) => t.paragraphs)) {
      const at = pickCut(text, rng);
      if (at === null) continue;
      expect(text[at - 1]).toMatch(/[^\p{P}\s]/u);
      expect(text[at]).toMatch(/[^\p{P}\s]/u);
      expect(text.slice(0, at).includes('。') || at > 64).toBe(true);
    }
  });
});
