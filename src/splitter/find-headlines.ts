import type { SourceLine } from './to-source-lines.ts';
import { parseByline, parseDateline } from './parse-dateline.ts';
import { parseCredit } from './parse-credit.ts';
import { startsMidSentence } from './ends-sentence.ts';
import { isNumberedHeading } from './join-page-breaks.ts';

// Longest headline we accept; double headlines with a space inside run to about 40 characters.
const MAX_HEADLINE = 64;
// How far below a photo headline its credit may come, in lines.
const PHOTO_REACH = 8;
// Captions are short; a longer line means we are reading an article body.
const MAX_CAPTION = 400;

/** True when a line could be a headline by its shape alone. */
export function looksLikeHeadline(text: string): boolean {
  return (
    text.length <= MAX_HEADLINE &&
    !/[。；;：:，,、]$/.test(text) &&
    !text.includes('。') &&
    !text.startsWith('——') &&
    !isNumberedHeading(text) &&
    !startsMidSentence(text) &&
    parseDateline(text) === null &&
    parseByline(text) === null &&
    parseCredit(text) === null
  );
}

const isKicker = (text: string) => /^[—-]{2}/.test(text);

// A photo headline is followed by short caption lines, one of them ending with a credit, before any dateline.
function opensPhoto(lines: SourceLine[], at: number): boolean {
  for (let k = at + 1; k < Math.min(lines.length, at + 1 + PHOTO_REACH); k++) {
    const text = lines[k]!.text;
    if (parseDateline(text) || text.length > MAX_CAPTION) return false;
    if (parseCredit(text)) return k > at + 1 || parseCredit(text)!.ownLine === false;
    // Captions are sentences; a short unpunctuated line means another headline or a heading.
    if (looksLikeHeadline(text)) return false;
  }
  return false;
}

// A text article's headline is followed by kicker lines, then a dateline or a byline.
function opensText(lines: SourceLine[], at: number): boolean {
  let k = at + 1;
  while (k < lines.length && isKicker(lines[k]!.text)) k++;
  const next = lines[k]?.text;
  return next !== undefined && (parseDateline(next) !== null || parseByline(next) !== null);
}

/** Indexes (into `lines`) of the lines that open an article: headlines with the evidence below them. */
export function findHeadlines(lines: SourceLine[]): number[] {
  const heads: number[] = [];
  lines.forEach((line, i) => {
    if (looksLikeHeadline(line.text) && (opensText(lines, i) || opensPhoto(lines, i)))
      heads.push(i);
  });
  return heads;
}
