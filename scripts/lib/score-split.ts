/** Scores a split against a bulletin's expected split, field by field, as the reference scorer does. */
import type { SplitArticle } from '../../src/schemas/split-result.ts';

/** One expected article, as `*.expected.json` lists it (only the scored fields). */
export interface ExpectedArticle {
  title: string;
  kind: string;
  kicker: string | null;
  place: string | null;
  date: string | null;
  reporters: string[];
  photographers: string[];
  truncated: boolean;
  body_first12: string;
  body_last12: string;
  body_last12_without_credit?: string;
}

/** A bulletin's expected split: its articles and the quirks planted in it. */
export interface ExpectedSplit {
  bulletin?: string;
  articles: ExpectedArticle[];
  planted?: {
    duplicated_paragraphs?: { title: string; text: string }[];
    page_break_joins?: { title: string; joined_context: string }[];
    jumps?: { title: string; breaks_after: string; resumes_with: string }[];
  };
}

/** How many checked fields were right, and one line per miss. */
export interface SplitScore {
  ok: number;
  total: number;
  misses: string[];
}

// Fields checked per article besides being found (kind, kicker, place, date, reporters,
// photographers, truncated, first and last words): a lost article misses all of them.
const FIELDS_PER_ARTICLE = 9;

/** Text as the scorer compares it: no Markdown heading marks, escapes, emphasis or whitespace. */
export function plainText(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/[*_]{1,2}/g, '')
    .replace(/\s+/g, '');
}

const noDash = (s: string | null | undefined) => plainText(s).replace(/^——/, '');
const monthDay = (d: string | null | undefined) => (d ? String(d).slice(5, 10) : null);
const sameSet = (a: readonly string[] = [], b: readonly string[] = []) =>
  JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** Score the articles of one split against the expected split. */
export function scoreSplit(expected: ExpectedSplit, got: readonly SplitArticle[]): SplitScore {
  const score: SplitScore = { ok: 0, total: 0, misses: [] };
  const check = (cond: boolean, miss: string) => {
    score.total++;
    if (cond) score.ok++;
    else score.misses.push(miss);
  };
  const find = (title: string) => got.find((a) => plainText(a.title) === plainText(title));
  check(
    got.length === expected.articles.length,
    `article count ${got.length}, expected ${expected.articles.length}`,
  );
  for (const e of expected.articles) {
    const a = find(e.title);
    const t = e.title.slice(0, 14);
    if (!a) {
      check(false, `"${t}" not found as an article`);
      score.total += FIELDS_PER_ARTICLE;
      continue;
    }
    check(a.kind === e.kind, `"${t}" kind ${a.kind}, expected ${e.kind}`);
    check(noDash(a.kicker) === noDash(e.kicker), `"${t}" kicker ${JSON.stringify(a.kicker)}`);
    check(
      e.place == null || a.places.includes(e.place),
      `"${t}" places ${JSON.stringify(a.places)}, expected ${e.place}`,
    );
    check(
      e.date == null || monthDay(a.date) === monthDay(e.date),
      `"${t}" date ${a.date}, expected month-day of ${e.date}`,
    );
    check(
      sameSet(a.reporters, e.reporters),
      `"${t}" reporters ${JSON.stringify(a.reporters)}, expected ${JSON.stringify(e.reporters)}`,
    );
    check(
      sameSet(a.photographers, e.photographers),
      `"${t}" photographers ${JSON.stringify(a.photographers)}, expected ${JSON.stringify(e.photographers)}`,
    );
    check(a.truncated === e.truncated, `"${t}" truncated ${a.truncated}, expected ${e.truncated}`);
    const body = plainText(a.body);
    const first = plainText(e.body_first12);
    const last = plainText(e.body_last12);
    const lastNoCredit = plainText(e.body_last12_without_credit ?? e.body_last12);
    check(
      body.startsWith(first),
      `"${t}" body starts ${JSON.stringify(body.slice(0, 12))}, expected ${JSON.stringify(first)}`,
    );
    check(
      body.endsWith(last) || body.endsWith(lastNoCredit),
      `"${t}" body ends ${JSON.stringify(body.slice(-12))}, expected ${JSON.stringify(last)}`,
    );
  }
  const planted = expected.planted ?? {};
  for (const d of planted.duplicated_paragraphs ?? []) {
    const a = find(d.title);
    const n = a ? plainText(a.body).split(plainText(d.text)).length - 1 : -1;
    check(n === 1, `duplicate paragraph in "${d.title.slice(0, 14)}" appears ${n} times`);
  }
  for (const j of planted.page_break_joins ?? []) {
    const a = find(j.title);
    check(
      a !== undefined && plainText(a.body).includes(plainText(j.joined_context)),
      `page break not joined in "${j.title.slice(0, 14)}"`,
    );
  }
  for (const j of planted.jumps ?? []) {
    const a = find(j.title);
    const seam = plainText(j.breaks_after) + plainText(j.resumes_with).slice(0, 4);
    check(
      a !== undefined && plainText(a.body).includes(seam),
      `jump not stitched in "${j.title.slice(0, 14)}"`,
    );
  }
  return score;
}
