/** Membership of terms, the little the page-break joiner needs. */
export interface TermLookup {
  /** Whether the term is in the set. */
  has(term: number): boolean;
}

// Golden-ratio multiplier: spreads consecutive terms (a character and its neighbours) over the table.
const SPREAD = 0x9e3779b1;

/**
 * A set of terms (32-bit integers) with a count for each, iterated in insertion order. The
 * splitter builds thousands of these per bulletin; an open-addressing table in typed arrays is
 * several times faster than a Set or Map of numbers, and keeps the order that float sums depend on.
 */
export class TermSet implements TermLookup, Iterable<number> {
  /** The terms in the order they were first added. */
  readonly terms: number[] = [];
  // A slot holds term + 1, so 0 marks an empty slot; the one term whose key would be 0 (-1) is
  // counted apart.
  private keys: Int32Array;
  private counts: Int32Array;
  // For addFor: the last document that counted each slot's term (allocated on first use).
  private docs: Int32Array | null = null;
  private shift: number;
  private minusOne = 0;
  private minusOneDoc = 0;

  /** An empty set sized for about `expected` terms (it grows as needed). */
  constructor(expected = 8) {
    let bits = 4;
    while (1 << bits < expected * 2) bits++;
    this.keys = new Int32Array(1 << bits);
    this.counts = new Int32Array(1 << bits);
    this.shift = 32 - bits;
  }

  /** How many distinct terms the set holds. */
  get size(): number {
    return this.terms.length;
  }

  /** Whether the term is in the set. */
  has(term: number): boolean {
    return this.count(term) > 0;
  }

  /** How many times the term was added (0 when it never was). */
  count(term: number): number {
    if (term === -1) return this.minusOne;
    const key = (term + 1) | 0;
    const mask = this.keys.length - 1;
    for (let i = Math.imul(term, SPREAD) >>> this.shift; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === key) return this.counts[i]!;
      if (k === 0) return 0;
    }
  }

  /** Add one occurrence of the term. */
  add(term: number): void {
    this.addFor(term, 0);
  }

  /**
   * Count the term once for document `doc` (a number above 0; 0 counts every call): document
   * frequencies in one table, without a set per document.
   */
  addFor(term: number, doc: number): void {
    if (term === -1) {
      if (doc !== 0 && this.minusOneDoc === doc) return;
      this.minusOneDoc = doc;
      if (this.minusOne++ === 0) this.terms.push(term);
      return;
    }
    if (doc !== 0 && this.docs === null) this.docs = new Int32Array(this.keys.length);
    const key = (term + 1) | 0;
    const mask = this.keys.length - 1;
    for (let i = Math.imul(term, SPREAD) >>> this.shift; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === key) {
        if (doc !== 0) {
          if (this.docs![i] === doc) return;
          this.docs![i] = doc;
        }
        this.counts[i]!++;
        return;
      }
      if (k === 0) {
        this.keys[i] = key;
        this.counts[i] = 1;
        if (this.docs !== null) this.docs[i] = doc;
        this.terms.push(term);
        // Kept at most half full, so probes stay short.
        if (this.terms.length * 2 > this.keys.length) this.grow();
        return;
      }
    }
  }

  /** The terms in insertion order. */
  [Symbol.iterator](): Iterator<number> {
    return this.terms[Symbol.iterator]();
  }

  // Double the table and put every term back with its count (and document).
  private grow(): void {
    const { keys, counts, docs } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2);
    this.docs = docs === null ? null : new Int32Array(keys.length * 2);
    this.shift--;
    const mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j]!;
      if (key === 0) continue;
      let i = Math.imul((key - 1) | 0, SPREAD) >>> this.shift;
      while (this.keys[i] !== 0) i = (i + 1) & mask;
      this.keys[i] = key;
      this.counts[i] = counts[j]!;
      if (docs !== null) this.docs![i] = docs[j]!;
    }
  }
}
