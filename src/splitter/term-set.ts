/** Membership of terms, the little the page-break joiner needs. */
export interface TermLookup {
  /** Whether the term is in the set. */
  has(term: number): boolean;
}

// Golden-ratio multiplier: spreads consecutive terms (a character and its neighbours) over the table.
const SPREAD = 0x9e3779b1;

/**
 * A set of terms (32-bit integers) with a count for each, iterated in insertion order. The
 * splitter builds thousands of these per bulletin; an open-addressing table in one typed array is
 * several times faster than a Set or Map of numbers, and keeps the order that float sums depend on.
 */
export class TermSet implements TermLookup, Iterable<number> {
  /** The terms in the order they were first added. */
  readonly terms: number[] = [];
  // Slot i is slots[2i] = term + 1 (0 marks an empty slot) and slots[2i + 1] = its count; the one
  // term whose key would be 0 (-1) is counted apart.
  private slots: Int32Array;
  // For addFor: the last document that counted each slot's term (allocated on first use).
  private docs: Int32Array | null = null;
  private shift: number;
  private minusOne = 0;
  private minusOneDoc = 0;

  /** An empty set sized for about `expected` terms (it grows as needed). */
  constructor(expected = 8) {
    let bits = 3;
    while (1 << bits < expected * 2) bits++;
    this.slots = new Int32Array(2 << bits);
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
    const { slots } = this;
    const key = (term + 1) | 0;
    const mask = (slots.length >> 1) - 1;
    for (let i = Math.imul(term, SPREAD) >>> this.shift; ; i = (i + 1) & mask) {
      const k = slots[2 * i]!;
      if (k === key) return slots[2 * i + 1]!;
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
    const { slots } = this;
    if (doc !== 0 && this.docs === null) this.docs = new Int32Array(slots.length >> 1);
    const key = (term + 1) | 0;
    const mask = (slots.length >> 1) - 1;
    for (let i = Math.imul(term, SPREAD) >>> this.shift; ; i = (i + 1) & mask) {
      const k = slots[2 * i]!;
      if (k === key) {
        if (doc !== 0) {
          if (this.docs![i] === doc) return;
          this.docs![i] = doc;
        }
        slots[2 * i + 1]!++;
        return;
      }
      if (k === 0) {
        slots[2 * i] = key;
        slots[2 * i + 1] = 1;
        if (this.docs !== null) this.docs[i] = doc;
        this.terms.push(term);
        // Kept at most half full, so probes stay short.
        if (this.terms.length * 4 > slots.length) this.grow();
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
    const { slots, docs } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.docs = docs === null ? null : new Int32Array(slots.length);
    this.shift--;
    const mask = (this.slots.length >> 1) - 1;
    for (let j = 0; j < slots.length >> 1; j++) {
      const key = slots[2 * j]!;
      if (key === 0) continue;
      let i = Math.imul((key - 1) | 0, SPREAD) >>> this.shift;
      while (this.slots[2 * i] !== 0) i = (i + 1) & mask;
      this.slots[2 * i] = key;
      this.slots[2 * i + 1] = slots[2 * j + 1]!;
      if (docs !== null) this.docs![i] = docs[j]!;
    }
  }
}
