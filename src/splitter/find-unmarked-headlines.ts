import type { LineControl } from '../schemas/split-controls.ts';
import { endsSentence, startsMidSentence } from './ends-sentence.ts';
import { isSignatureLine } from './find-signature.ts';
import { parseCredit } from './parse-credit.ts';
import { createTermWeights, overlap, termOf, termsOf } from './term-weights.ts';
import type { SourceLine } from './to-source-lines.ts';

// A headline told by its shape alone is short, and a body paragraph follows it.
const MIN_TITLE = 4;
const MAX_TITLE = 40;
const MIN_BODY = 50;
// Paragraphs compared on each side of the line.
const WINDOW = 3;
// A new article changes the subject: the text below shares little weighted vocabulary with the text
// above. Within one story (a section heading) the share runs from about 0.2 up; between stories it
// stays under 0.1. After a closed article (signature, credit, `（完）`) a wider margin is allowed.
const MAX_SHARED = 0.12;
const MAX_SHARED_AFTER_CLOSE = 0.2;
const MAX_SHARED_AFTER_LEAD = 0.3;
// A line ending in a particle, preposition or linking verb is a sentence cut off, never a headline.
const DANGLING = /[的了在和与及对把被将为向从是以而并或之于其这那个着地得等所到达至有比约共近超逾由让使给就]$/;

// A body that opens with a particle, a figure, a clause of a word or two (`介绍，…`) or a speech verb
// finishes the sentence of the line above it.
const goesOn = (below: string) =>
  startsMidSentence(below) ||
  /^(?:[^，,、。]{1,2}[，,、：:]|[0-9０-９A-Za-z%％.．])/.test(below) ||
  /^(?:说|表示|介绍|指出|认为|强调|称|透露|坦言|告诉记者)/.test(below);

// How much vocabulary the text below may share with the text above: more after a closed article,
// and more when the paragraph below opens the way news leads do (`据…消息`, `3月3日，`, `近日，`).
function limitFor(above: string, below: string): number {
  if (closes(above)) return MAX_SHARED_AFTER_CLOSE;
  return LEAD.test(below) ? MAX_SHARED_AFTER_LEAD : MAX_SHARED;
}
const LEAD =
  /^(?:据.{2,30}(?:消息|报道|介绍|获悉)|近日|日前|今天|今年以来|记者从|记者日前|[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日[，,])/;

const closes = (text: string) => parseCredit(text) !== null || isSignatureLine(text) || /^[（(].*[）)]$/.test(text);

/**
 * Lines that open an article with no dateline, byline or kicker under them (a commentary, a
 * feature): a short headline-shaped line between a finished paragraph and a body paragraph, where
 * the subject changes. `marked` holds the starts already known; `shape` tells a headline's shape.
 */
export function findUnmarkedHeadlines(
  lines: readonly SourceLine[],
  marked: ReadonlyMap<number, unknown>,
  control: (i: number) => LineControl | undefined,
  shape: (text: string) => boolean,
): number[] {
  const canTop = (text: string) =>
    text.length <= MAX_TITLE && shape(text) && !/[，,]/.test(text) && !DANGLING.test(text);
  const found: number[] = [];
  let weights: ReturnType<typeof createTermWeights> | null = null;
  let words: ReturnType<typeof termsOf> | null = null;
  let lastStart = -1;
  for (let i = 0; i < lines.length; i++) {
    if (marked.has(i)) lastStart = i;
    const text = lines[i]!.text;
    const below = lines[i + 1]?.text ?? '';
    // A headline may be printed over two lines: what matters is the text above the first one.
    const top = i > 0 && !marked.has(i - 1) && canTop(lines[i - 1]!.text) ? i - 1 : i;
    const above = lines[top - 1]?.text;
    if (marked.has(i) || marked.has(i + 1) || control(i) !== undefined) continue;
    // Clauses (`项目负责人介绍，今年以来`) are the first half of a sentence more often than a headline.
    if (text.length < MIN_TITLE || text.length > MAX_TITLE || !shape(text) || /[，,]/.test(text))
      continue;
    if (DANGLING.test(text)) continue;
    if (isSignatureLine(text) || below.length < MIN_BODY || shape(below) || goesOn(below)) continue;
    // A section heading never follows an unfinished sentence, and this line does not finish it
    // (checked above): after an article cut off, a headline needs no change of subject.
    const open = above !== undefined && !endsSentence(above) && !closes(above);
    if (above === undefined || lastStart === -1) {
      if (lastStart === -1 && top === 0) found.push(i), (lastStart = i);
      continue;
    }
    // A word running across the two lines (`以来` / `已有`) shows one sentence broken by a page.
    words ??= termsOf(lines.map((l) => l.text).join('\n'));
    if (words.has(termOf(text.at(-1)!, below[0]!))) continue;
    weights ??= createTermWeights(lines.map((l) => l.text));
    const from = Math.max(lastStart + 1, top - WINDOW);
    const before = lines.slice(from, top).map((l) => l.text).join('\n');
    const after = lines
      .slice(i + 1, i + 1 + WINDOW)
      .filter((_, k) => !marked.has(i + 1 + k))
      .map((l) => l.text)
      .join('\n');
    const shared = overlap(termsOf(after), termsOf(before), weights);
    if (open || shared < limitFor(above, below)) {
      found.push(i);
      lastStart = i;
    }
  }
  return found;
}
