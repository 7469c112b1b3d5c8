import type { SourceLine } from './to-source-lines.ts';
import { parseByline, parseDateline } from './parse-dateline.ts';
import { parseCredit } from './parse-credit.ts';
import { opensDocument } from './find-signature.ts';
import type { ControlMap } from './read-line-controls.ts';
import type { TermLookup } from './term-set.ts';
import { termsOf } from './term-weights.ts';
import { echoesArticle, findUnmarkedHeadlines } from './find-unmarked-headlines.ts';
import { extendUpward } from './extend-headline-upward.ts';
import { looksLikeHeadline } from './looks-like-headline.ts';

/** Where an article starts: its headline lines, its overline, and what showed it. */
export interface ArticleStart {
  /** Indexes (into the source lines) of the headline, one or two lines. */
  title: number[];
  /** Index of the overline (引题) above the headline, or null. */
  overline: number | null;
  /** The evidence: a dateline, byline or kicker below; photo captions; the shape alone; an editor. */
  evidence: 'dateline' | 'photo' | 'shape' | 'control';
  /** A line above the headline read as overline or headline on weak evidence, if any. */
  unsure?: number;
}

// How far below a photo headline its credit may come, in lines.
const PHOTO_REACH = 8;
// Captions are short; a longer line means we are reading an article body.
const MAX_CAPTION = 400;

const isKicker = (text: string) => /^[—-]{2}/.test(text);

// A photo headline is followed by short caption lines, one of them ending with a credit, before any
// dateline. It is one phrase: a line with a comma is a caption's or a story's sentence.
function opensPhoto(lines: SourceLine[], at: number): boolean {
  if (/[，,]/.test(lines[at]!.text)) return false;
  for (let k = at + 1; k < Math.min(lines.length, at + 1 + PHOTO_REACH); k++) {
    const text = lines[k]!.text;
    if (parseDateline(text) || text.length > MAX_CAPTION) return false;
    if (parseCredit(text)) return k > at + 1 || parseCredit(text)!.ownLine === false;
    // Captions are sentences; a short unpunctuated line means another headline or a heading.
    if (looksLikeHeadline(text)) return false;
  }
  return false;
}

// A text article's headline is followed by kicker lines, or by a dateline, byline or document number.
function opensText(lines: SourceLine[], at: number): 'header' | 'kicker' | null {
  let k = at + 1;
  while (k < lines.length && isKicker(lines[k]!.text)) k++;
  const next = lines[k]?.text;
  const header =
    next !== undefined &&
    (parseDateline(next) !== null || parseByline(next) !== null || opensDocument(next));
  // A kicker alone under a short line marks a headline too (commentaries have nothing else), or a
  // section heading with its subtitle: told apart below.
  return header ? 'header' : k > at + 1 ? 'kicker' : null;
}

// Whether the header under a headline names the paper itself (`本报北京…电`, `本报记者 …`).
function ownStory(lines: SourceLine[], at: number): boolean {
  let k = at + 1;
  while (k < lines.length && isKicker(lines[k]!.text)) k++;
  return lines.slice(k, k + 2).some((l) => {
    const dateline = parseDateline(l.text);
    return (dateline ?? parseByline(l.text))?.agency === '本报';
  });
}

/**
 * Indexes (into `lines`) of the article starts: headlines with the evidence below them (a kicker,
 * dateline or byline, photo captions), headlines told by their shape and a change of subject, and
 * the editor's controls; with any second headline line and overline printed above.
 */
export function findHeadlines(
  lines: SourceLine[],
  controls: ControlMap = new Map(),
): ArticleStart[] {
  const control = (i: number) => controls.get(lines[i]!.no);
  let known: TermLookup | null = null;
  const words = () => (known ??= termsOf(lines.map((l) => l.text).join('\n')));
  const marked = new Map<number, ArticleStart['evidence']>();
  const kickerOnly: number[] = [];
  lines.forEach((line, i) => {
    const c = control(i);
    if (c === 'headline') marked.set(i, 'control');
    else if (c === 'not-headline' || c === 'title' || c === 'overline') return;
    else if (looksLikeHeadline(line.text)) {
      const text = opensText(lines, i);
      if (text === 'header') marked.set(i, 'dateline');
      else if (opensPhoto(lines, i)) marked.set(i, 'photo');
      else if (text === 'kicker') kickerOnly.push(i);
    }
  });
  // A line with only a kicker under it that echoes the article it is printed in is that
  // article's section heading with its subtitle (`哪些商品不适用无理由退货？` / `——明确七类范围…`).
  for (const i of kickerOnly) {
    const above = [...marked.keys()]
      .filter((k) => k < i)
      .sort((a, b) => a - b)
      .at(-1);
    if (above === undefined || !echoesArticle(lines, above, i)) marked.set(i, 'dateline');
  }
  // An overline control marks the line below it as a headline.
  lines.forEach((_, i) => {
    if (control(i) === 'overline' && i + 1 < lines.length && !marked.has(i + 1))
      marked.set(i + 1, 'control');
  });
  for (const i of findUnmarkedHeadlines(lines, marked, control, looksLikeHeadline))
    marked.set(i, 'shape');
  const heads = [...marked.keys()].sort((a, b) => a - b);
  const starts: ArticleStart[] = [];
  let floor = 0;
  for (const [n, h] of heads.entries()) {
    const start: ArticleStart = { title: [h], overline: null, evidence: marked.get(h)! };
    extendUpward(lines, start, floor, control, words, ownStory(lines, h));
    // A headline line below the marked one (control `title`) belongs to it too.
    for (let k = h + 1; k < (heads[n + 1] ?? lines.length) && control(k) === 'title'; k++)
      start.title.push(k);
    starts.push(start);
    floor = h + 1;
  }
  return starts;
}
