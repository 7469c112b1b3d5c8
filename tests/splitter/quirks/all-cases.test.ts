import { describe, expect, it } from 'vitest';
import { splitBulletin } from '../../../src/splitter/split-bulletin.ts';
import { SplitArticleSchema, SplitResultSchema } from '../../../src/schemas/split-result.ts';
import { loadVocabulary } from '../../helpers/load-vocabulary.ts';
import {
  accountingProblems,
  caseNames,
  CASE_DATES,
  readCase,
  splitCase,
  nonBlankLines,
} from './helpers.ts';

// Invariants every quirk bulletin must satisfy, whatever its quirk.
describe('all quirk bulletins', () => {
  it('every fixture folder has an edition date', () => {
    expect(caseNames().filter((n) => !CASE_DATES[n])).toEqual([]);
    expect(caseNames().length).toBeGreaterThanOrEqual(14);
  });

  for (const name of caseNames()) {
    describe(name, () => {
      it('validates against the schemas', () => {
        const { result } = splitCase(name, loadVocabulary());
        expect(SplitResultSchema.safeParse(result).error).toBeUndefined();
        for (const a of result.articles)
          expect(SplitArticleSchema.safeParse(a).error, a.slug).toBeUndefined();
      });

      it('accounts for every non-blank line exactly once', () => {
        const { result, text } = splitCase(name);
        expect(accountingProblems(result, text)).toEqual([]);
      });

      it('has unique slugs, order 1..n in print order, summaries of at most 120 characters', () => {
        const { result } = splitCase(name);
        const slugs = result.articles.map((a) => a.slug);
        expect(new Set(slugs).size).toBe(slugs.length);
        expect(result.articles.map((a) => a.order)).toEqual(result.articles.map((_, i) => i + 1));
        const starts = result.articles.map((a) => a.source[0]!.start);
        expect(starts).toEqual([...starts].sort((x, y) => x - y));
        for (const a of result.articles) expect([...a.summary].length).toBeLessThanOrEqual(120);
      });

      it('reports consistently: kinds count the articles, one kind rule each, bulletin facts', () => {
        const { result, date, text } = splitCase(name);
        expect(Object.values(result.report.kinds).reduce((s, n) => s + n, 0)).toBe(
          result.articles.length,
        );
        expect(result.report.kindRules.map((r) => [r.article, r.kind])).toEqual(
          result.articles.map((a) => [a.slug, a.kind]),
        );
        expect(result.bulletin).toMatchObject({ date, articles: result.articles.length });
        for (const a of result.articles) expect(a.edition).toBe(date);
        const nonBlank = new Set(nonBlankLines(text));
        for (const a of result.articles)
          for (const e of a.edits)
            expect(nonBlank.has(e.line), `${a.slug} edit at ${e.line}`).toBe(true);
      });

      it('gives the same result when split twice', () => {
        const text = readCase(name);
        const options = { date: CASE_DATES[name]!, vocabulary: loadVocabulary() };
        expect(splitBulletin(text, options)).toEqual(splitBulletin(text, options));
      });

      it('gives the same articles for CRLF line ends', () => {
        const text = readCase(name);
        const options = { date: CASE_DATES[name]!, vocabulary: {} };
        expect(splitBulletin(text.replace(/\n/g, '\r\n'), options).articles).toEqual(
          splitBulletin(text, options).articles,
        );
      });
    });
  }
});
