import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitBulletin } from '../../src/splitter/split-bulletin.ts';
import { readBodyBlocks } from '../helpers/read-body-blocks.ts';
import { loadVocabulary } from '../helpers/load-vocabulary.ts';

// A second real bulletin with its correct split, now part of the scored corpus of real bulletins.
const dir = new URL('../fixtures/real/', import.meta.url);
const text = readFileSync(new URL('2024-12-31-mixed-sample.txt', dir), 'utf8');
interface Expected {
  title: string;
  kicker: string | null;
  kind: string;
  dateline_core: string | null;
  agency: string;
  place: string | null;
  date: string | null;
  reporters: string[];
  photographers: string[];
  section_headings: string[];
  truncated: boolean;
  body_lines: { type: string; text: string }[];
}
const expected = JSON.parse(
  readFileSync(new URL('2024-12-31-mixed-sample.expected.json', dir), 'utf8'),
) as {
  articles: Expected[];
  planted: {
    page_break_joins: { left_line: number; right_line: number }[];
    jumps: { break_line: number; resumes_line: number }[];
  };
};
const result = splitBulletin(text, {
  date: '2024-12-31',
  file: 'mixed-sample.txt',
  vocabulary: loadVocabulary(),
});

describe('the sample bulletin against its expected split', () => {
  it('finds the same articles in the same order', () => {
    expect(result.articles.map((a) => a.title)).toEqual(expected.articles.map((a) => a.title));
  });

  expected.articles.forEach((want, i) => {
    it(`reads article ${i + 1} 「${want.title}」 field by field`, () => {
      const got = result.articles[i]!;
      expect(got.kind).toBe(want.kind);
      expect(got.kicker).toBe(want.kicker?.replace(/^——/, '') ?? null);
      expect(got.dateline).toBe(want.dateline_core);
      expect(got.agency).toBe(want.agency);
      expect(got.places[0] ?? null).toBe(want.place);
      // Years are not in the text; the expected file says to compare month and day only.
      if (want.date) expect(got.date.slice(5)).toBe(want.date.slice(5));
      expect(got.reporters).toEqual(want.reporters);
      expect(got.photographers).toEqual(want.photographers);
      expect(got.sections).toEqual(want.section_headings);
      expect(got.truncated).toBe(want.truncated);
      const blocks = readBodyBlocks(got.body);
      expect(blocks.map((b) => b.text)).toEqual(want.body_lines.map((l) => l.text));
      expect(blocks.map((b) => b.type)).toEqual(
        want.body_lines.map((l) => (l.type === 'heading' ? 'heading' : 'paragraph')),
      );
    });
  });

  it('reports the planted page breaks and the jump', () => {
    expect(result.report.pageBreaks.map((p) => [p.line, p.next])).toEqual(
      expected.planted.page_break_joins.map((p) => [p.left_line, p.right_line]),
    );
    expect(result.report.jumps.map((j) => [j.line, j.resumes])).toEqual(
      expected.planted.jumps.map((j) => [j.break_line, j.resumes_line]),
    );
  });
});
