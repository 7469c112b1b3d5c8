import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { splitBulletin } from '../../../src/splitter/split-bulletin.ts';
import type { SplitArticle, SplitResult } from '../../../src/schemas/split-result.ts';
import type { TagVocabulary } from '../../../src/schemas/tag-vocabulary.ts';
import { readBodyBlocks } from '../../helpers/read-body-blocks.ts';

/** Folder holding one sub-folder per quirk, each with a `bulletin.txt`. */
export const QUIRKS_DIR = import.meta.dirname;

/** Edition date of every quirk bulletin. */
export const CASE_DATES: Record<string, string> = {
  'dateline-forms': '2025-09-12',
  'kicker-and-byline': '2025-04-22',
  'page-break': '2025-03-08',
  jump: '2025-05-20',
  'ambiguous-jump': '2025-05-20',
  'marked-jump': '2025-05-20',
  truncation: '2025-07-03',
  duplicate: '2025-10-15',
  fragment: '2025-11-20',
  'sections-vs-numbered-notice': '2025-02-14',
  'photo-credits': '2025-08-09',
  kinds: '2025-12-05',
  'year-boundary': '2025-01-02',
  slugs: '2025-06-30',
  'markup-injection': '2025-03-27',
  preamble: '2025-04-01',
  'dateline-lookalike': '2025-06-06',
  'repeated-article': '2025-04-09',
  'byline-lookalike': '2025-10-28',
};

/** Names of the fixture folders that hold a bulletin. */
export function caseNames(): string[] {
  return readdirSync(QUIRKS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(QUIRKS_DIR, d.name, 'bulletin.txt')))
    .map((d) => d.name)
    .sort();
}

/** A quirk bulletin, split, with helpers to find its lines and articles by their text. */
export interface QuirkCase {
  name: string;
  date: string;
  text: string;
  /** Raw lines, index 0 = line 1. */
  lines: string[];
  result: SplitResult;
  /** The one article whose title starts with `prefix` (throws when none or several). */
  article(prefix: string): SplitArticle;
  /** 1-based number of the one line containing `needle` (throws when none or several). */
  lineOf(needle: string): number;
  /** 1-based numbers of every line containing `needle`. */
  linesOf(needle: string): number[];
}

export function readCase(name: string): string {
  return readFileSync(join(QUIRKS_DIR, name, 'bulletin.txt'), 'utf8');
}

export function splitCase(name: string, vocabulary: TagVocabulary = {}): QuirkCase {
  const date = CASE_DATES[name];
  if (!date) throw new Error(`no edition date for quirk case ${name}`);
  const text = readCase(name);
  const lines = text.split(/\r\n|\r|\n/);
  const result = splitBulletin(text, { date, vocabulary, file: `${name}/bulletin.txt` });
  const linesOf = (needle: string) => lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  return {
    name,
    date,
    text,
    lines,
    result,
    linesOf,
    lineOf(needle) {
      const found = linesOf(needle);
      if (found.length !== 1)
        throw new Error(`expected one line containing ${needle}, found ${found.length}`);
      return found[0]!;
    },
    article(prefix) {
      const found = result.articles.filter((a) => a.title.startsWith(prefix));
      if (found.length !== 1) {
        throw new Error(
          `expected one article titled ${prefix}…, found ${found.length}: ${result.articles.map((a) => a.title).join(' | ')}`,
        );
      }
      return found[0]!;
    },
  };
}

/** Body blocks of an article as Astro's Markdown pipeline reads them back. */
export function blocksOf(article: SplitArticle): { type: string; text: string }[] {
  return readBodyBlocks(article.body);
}

/** Texts of the body blocks. */
export function textsOf(article: SplitArticle): string[] {
  return blocksOf(article).map((b) => b.text);
}

/** Non-blank line numbers of `text`. */
export function nonBlankLines(text: string): number[] {
  return text
    .split(/\r\n|\r|\n/)
    .flatMap((l, i) => (l.replace(/^\s+|\s+$/g, '') === '' ? [] : [i + 1]));
}

/** The non-blank lines an article's source ranges cover. */
export function coveredLines(article: SplitArticle, text: string): number[] {
  const nonBlank = nonBlankLines(text);
  return nonBlank.filter((no) => article.source.some((r) => r.start <= no && no <= r.end));
}

/** How many times each non-blank line is claimed by an article, a dropped duplicate or the unassigned list. */
export function claimsPerLine(result: SplitResult, text: string): Map<number, string[]> {
  const claims = new Map<number, string[]>(nonBlankLines(text).map((no) => [no, []]));
  const claim = (no: number, by: string) => {
    const list = claims.get(no);
    if (list) list.push(by);
    else claims.set(no, [`(blank or missing line) ${by}`]);
  };
  for (const a of result.articles) {
    for (const r of a.source) {
      for (let no = r.start; no <= r.end; no++) if (claims.has(no)) claim(no, `article ${a.slug}`);
    }
  }
  for (const d of result.report.duplicates) claim(d.line, `duplicate of ${d.kept}`);
  for (const u of result.report.unassigned) claim(u.line, 'unassigned');
  return claims;
}

/** Lines claimed zero times or more than once, for a readable failure. */
export function accountingProblems(result: SplitResult, text: string): string[] {
  return [...claimsPerLine(result, text)]
    .filter(([, by]) => by.length !== 1)
    .map(([no, by]) => `line ${no}: ${by.length === 0 ? 'lost' : by.join(' + ')}`);
}
