import type { LineControl } from '../schemas/split-controls.ts';
import { endsDangling, endsSentence, startsMidSentence } from './ends-sentence.ts';
import { isDocumentDate, isSignatureLine } from './find-signature.ts';
import { parseCredit } from './parse-credit.ts';
import { parseByline, parseDateline } from './parse-dateline.ts';
import { createTermWeights, overlap, termOf, termsOf, type TermWeights } from './term-weights.ts';
import type { TermSet } from './term-set.ts';
import type { SourceLine } from './to-source-lines.ts';

// A headline told by its shape alone is short, and a body paragraph follows it.
const MIN_TITLE = 4;
const MAX_TITLE = 40;
const MIN_BODY = 50;
const MIN_SHORT_BODY = 20;
// Paragraphs a feature prints before its first section heading, at least.
const FEATURE_OPENING = 3;
// Paragraphs of the text below compared with the article above.
const WINDOW = 3;
// A section heading speaks of its article: measured on this corpus, a quarter or more of a heading's
// weighted vocabulary (and a tenth of the text under it) already occurs in the article above it,
// against almost none for a new story's headline. A headline must stay under both limits.
const MAX_TITLE_SHARED = 0.2;
const MAX_BODY_SHARED = 0.15;
// A column tag (`（人民时评）`) or a document's own title (`…关于…的意见`) names a new piece outright.
const NAMES_A_PIECE =
  /（[\u4e00-\u9fa5·0-9]{2,16}）$|^[^《，,]{0,30}关于.{2,60}的(?:通知|意见|决定|办法|通告|公告|批复|规划|方案)$/;

// A body that opens with a particle, a figure, a clause of a word or two (`介绍，…`) or a speech verb
// finishes the sentence of the line above it.
const goesOn = (below: string) =>
  startsMidSentence(below) ||
  /^(?:[^，,、。]{1,2}[，,、：:]|[0-9０-９A-Za-z%％.．])/.test(below) ||
  /^(?:说|表示|介绍|指出|认为|强调|称|透露|坦言|告诉记者)/.test(below);

// A body paragraph: a long one, or a finished sentence of some length (a commentary may open short).
const opensBody = (text: string) =>
  text.length >= MIN_BODY || (text.length >= MIN_SHORT_BODY && endsSentence(text));

// A line of an article's body, not of its header (kicker, dateline, byline).
const isBodyText = (text: string) => {
  if (/^[—-]{2}/.test(text) || parseByline(text) !== null) return false;
  return (parseDateline(text)?.rest ?? text).length >= MIN_BODY;
};

// What may close the article above: a stop, a credit, a signature, a bracketed note or `（完）`.
const closes = (text: string) =>
  endsSentence(text) || parseCredit(text) !== null || isSignatureLine(text);

// A line that could be a headline by its look: short, one phrase, not a note or a cut-off clause.
function headlineLike(text: string, shape: (text: string) => boolean): boolean {
  return (
    text.length >= MIN_TITLE &&
    text.length <= MAX_TITLE &&
    shape(text) &&
    /[\u4e00-\u9fa5]/.test(text) &&
    !/^[（(【].*[）)】]$/.test(text) &&
    // Clauses (`项目负责人介绍，今年以来`) are the first half of a sentence more often than a
    // headline, unless a column tag names the piece (`在线教育，治理须“在线”（人民时评）`).
    (!/[，,]/.test(text) || NAMES_A_PIECE.test(text)) &&
    // A row of a list (`钱毅平  中央军委后勤保障部副部长`) sets its columns apart with spaces.
    !/[\s\u3000]{2,}/.test(text) &&
    !endsDangling(text) &&
    !isSignatureLine(text)
  );
}

// Line `i` opens the file's first article: it and at most one line above are the headline, and
// text follows (a document's date in brackets may come between).
function opensFile(
  lines: readonly SourceLine[],
  i: number,
  like: (text: string) => boolean,
  shape: (text: string) => boolean,
): boolean {
  if (i > 1 || !like(lines[i]!.text) || (i === 1 && !like(lines[0]!.text))) return false;
  let k = i + 1;
  if (k < lines.length && isDocumentDate(lines[k]!.text)) k++;
  const body = lines[k]?.text;
  return (
    body !== undefined &&
    !shape(body) &&
    !goesOn(body) &&
    (body.length >= MIN_BODY || endsSentence(body))
  );
}

/** The shared statistics, made on first use: most bulletins never need them. */
class Vocabulary {
  private weights: TermWeights | null = null;
  private words: TermSet | null = null;
  private readonly lines: readonly SourceLine[];
  constructor(lines: readonly SourceLine[]) {
    this.lines = lines;
  }
  /** True when the two characters form a word seen elsewhere in the bulletin. */
  isWord(a: string, b: string): boolean {
    this.words ??= termsOf(this.lines.map((l) => l.text).join('\n'));
    return this.words.has(termOf(a, b));
  }
  /** How much of `text`'s weighted vocabulary occurs in `other`. */
  shared(text: string, other: string): number {
    this.weights ??= createTermWeights(this.lines.map((l) => l.text));
    return overlap(termsOf(text), termsOf(other), this.weights);
  }
}

/**
 * Lines that open an article with no dateline, byline or kicker under them (a commentary, a
 * document): a short headline-shaped line, or two, between a finished text and a body paragraph,
 * that speaks of something the article above did not. `marked` holds the starts already known.
 */
export function findUnmarkedHeadlines(
  lines: readonly SourceLine[],
  marked: ReadonlyMap<number, unknown>,
  control: (i: number) => LineControl | undefined,
  shape: (text: string) => boolean,
): number[] {
  const vocabulary = new Vocabulary(lines);
  const found: number[] = [];
  let lastStart = -1;
  for (let i = 0; i < lines.length; i++) {
    if (marked.has(i)) lastStart = i;
    const text = lines[i]!.text;
    const below = lines[i + 1]?.text ?? '';
    if (marked.has(i) || marked.has(i + 1) || control(i) !== undefined) continue;
    // The file's first headline, printed on one or two lines, needs only some text under it.
    if (lastStart === -1 && opensFile(lines, i, (t) => headlineLike(t, shape), shape)) {
      found.push(i);
      lastStart = i;
      continue;
    }
    if (!headlineLike(text, shape) || !opensBody(below) || shape(below) || goesOn(below)) continue;
    // A headline may be printed over two lines: what matters is the text above the first one.
    const top = i > 0 && !marked.has(i - 1) && headlineLike(lines[i - 1]!.text, shape) ? i - 1 : i;
    const above = lines[top - 1]?.text;
    if (above === undefined || lastStart === -1) continue;
    // A headline closes an article that has some text: right under another headline and its
    // byline (`核心阅读`) a short line is that article's first heading.
    const before = lines.slice(lastStart + 1, top);
    const paragraphs = before.filter((l) => isBodyText(l.text)).length;
    if (paragraphs === 0) continue;
    // A feature (a kicker or a byline line under its headline) opens with a few paragraphs before
    // its first section heading (`友谊之旅 增进互信`): so soon after, a short line is that heading.
    const feature = before
      .slice(0, 3)
      .some((l) => /^[—-]{2}/.test(l.text) || parseByline(l.text) !== null);
    if (feature && paragraphs < FEATURE_OPENING && !NAMES_A_PIECE.test(text)) continue;
    // A word running across the two lines (`以来` / `已有`) shows one sentence broken by a page.
    if (vocabulary.isWord(text.at(-1)!, below[0]!)) continue;
    // A section heading never follows an unfinished sentence, and this line does not finish it:
    // after an article cut off (a jump), a headline needs no other evidence. A short line above
    // (`附件`, a heading) is no cut-off sentence.
    const fresh = () => {
      // The article above with its headline: a section heading echoes its headline's words.
      const article = lines
        .slice(lastStart, top)
        .map((l) => l.text)
        .join('\n');
      const after = lines
        .slice(i + 1, i + 1 + WINDOW)
        .map((l) => l.text)
        .join('\n');
      const title = lines
        .slice(top, i + 1)
        .map((l) => l.text)
        .join('');
      return (
        vocabulary.shared(title, article) < MAX_TITLE_SHARED &&
        vocabulary.shared(after, article) < MAX_BODY_SHARED
      );
    };
    const cutOff = !closes(above) && !shape(above);
    if (cutOff || NAMES_A_PIECE.test(text) || fresh()) {
      found.push(i);
      lastStart = i;
    }
  }
  return found;
}

/** True when the line `at` speaks of the article headed at `start`: a quarter of its words are there. */
export function echoesArticle(lines: readonly SourceLine[], start: number, at: number): boolean {
  const article = lines
    .slice(start, at)
    .map((l) => l.text)
    .join('\n');
  return new Vocabulary(lines).shared(lines[at]!.text, article) >= MAX_TITLE_SHARED;
}
