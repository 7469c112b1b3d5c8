import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermSet } from '../../src/splitter/term-set.ts';

// Terms from a small range, so that they repeat, plus the edge values the table treats apart.
const term = fc.oneof(
  fc.integer({ min: -40, max: 40 }),
  fc.constantFrom(-1, 0, 0x7fffffff, -0x80000000),
);

describe('TermSet', () => {
  it('holds the distinct terms in first-insertion order, with their counts, as a Map would', () => {
    fc.assert(
      fc.property(fc.array(term, { maxLength: 300 }), (terms) => {
        const set = new TermSet(1);
        const map = new Map<number, number>();
        for (const t of terms) {
          set.add(t);
          map.set(t, (map.get(t) ?? 0) + 1);
        }
        expect(set.terms).toEqual([...map.keys()]);
        expect([...set]).toEqual([...map.keys()]);
        expect(set.size).toBe(map.size);
        for (let t = -45; t <= 45; t++) {
          expect(set.count(t)).toBe(map.get(t) ?? 0);
          expect(set.has(t)).toBe(map.has(t));
        }
      }),
      { seed: 1 },
    );
  });

  it('counts each document once with addFor (document frequencies)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(term, { maxLength: 40 }), { maxLength: 20 }), (docs) => {
        const df = new TermSet();
        docs.forEach((doc, i) => doc.forEach((t) => df.addFor(t, i + 1)));
        for (const t of new Set(docs.flat()))
          expect(df.count(t)).toBe(docs.filter((doc) => doc.includes(t)).length);
      }),
      { seed: 1 },
    );
  });
});
