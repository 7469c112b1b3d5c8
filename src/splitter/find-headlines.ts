import type { SourceLine } from './to-source-lines.ts';
import { parseByline, parseDateline } from './parse-dateline.ts';
import { parseCredit } from './parse-credit.ts';
import { endsSentence, startsMidSentence } from './ends-sentence.ts';
import { isNumberedHeading } from './join-page-breaks.ts';
import { isDateLine, isListRow, isSignatureLine, opensDocument } from './find-signature.ts';
import type { LineControl } from '../schemas/split-controls.ts';
import type { ControlMap } from './read-line-controls.ts';
import type { TermLookup } from './term-set.ts';
import { termOf, termsOf } from './term-weights.ts';
import { findUnmarkedHeadlines } from './find-unmarked-headlines.ts';

/** Where an article starts: its headline lines, its overline, and what showed it. */
export interface ArticleStart {
  /** Indexes (into the source lines) of the headline, one or two lines. */
  title: number[];
  /** Index of the overline (引题) above the headline, or null. */
  overline: number | null;
  /** The evidence: a dateline, byline or kicker below; photo captions; the shape alone; an editor. */
  evidence: 'dateline' | 'photo' | 'shape' | 'control';
}

// Longest headline we accept; double headlines with a space inside run to about 40 characters.
const MAX_HEADLINE = 64;
// How far below a photo headline its credit may come, in lines.
const PHOTO_REACH = 8;
// Captions are short; a longer line means we are reading an article body.
const MAX_CAPTION = 400;
// A line printed above a headline is part of it only when it is short.
const MAX_TITLE_LINE = 48;
// At most this many lines above a headline can belong to it (two more headline lines, an overline).
const MAX_LINES_ABOVE = 3;
// A line ending in a particle, preposition or linking verb is cut off in mid-phrase.
const DANGLING =
  /[的了在和与及对把被将为向从是以而并或之于其这那个着地得等所到达至有比约共近超逾由让使给就同]$/;
// An overline announces the headline: it ends in a dash or a colon.
const OVERLINE_END = /(?:——|—|－－|：|:)$/;

/** True when a line could be a headline by its shape alone. */
export function looksLikeHeadline(text: string): boolean {
  return (
    text.length <= MAX_HEADLINE &&
    !/[。；;：:，,、]$/.test(text) &&
    !text.includes('。') &&
    !text.startsWith('——') &&
    !isNumberedHeading(text) &&
    !startsMidSentence(text) &&
    !opensDocument(text) &&
    parseDateline(text) === null &&
    parseByline(text) === null &&
    parseCredit(text) === null
  );
}

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
function opensText(lines: SourceLine[], at: number): boolean {
  let k = at + 1;
  while (k < lines.length && isKicker(lines[k]!.text)) k++;
  // A kicker under a short line is a headline's own mark (commentaries have nothing else).
  if (k > at + 1) return true;
  const next = lines[k]?.text;
  return (
    next !== undefined &&
    (parseDateline(next) !== null || parseByline(next) !== null || opensDocument(next))
  );
}

// A line above a headline that may belong to it: short, not a sentence, not a credit or signature.
function canJoinHeadline(text: string): boolean {
  return (
    text.length <= MAX_TITLE_LINE &&
    !text.includes('。') &&
    !/^[（(【].*[）)】]$/.test(text) &&
    !isDateLine(text) &&
    !isListRow(text) &&
    !/评论员|评论部|编辑部/.test(text) &&
    !/[，,]/.test(text) &&
    (looksLikeHeadline(text) ||
      OVERLINE_END.test(text) ||
      (text.endsWith('、') && looksLikeHeadline(text.slice(0, -1))))
  );
}

// A first headline line follows a finished text: the line above it ends a sentence, a caption or a
// document, or stops where no word of the bulletin runs on into this line. Otherwise this line is
// the end of a sentence broken by a page.
function closesAbove(lines: SourceLine[], j: number, words: () => TermLookup): boolean {
  const above = lines[j - 1]?.text;
  return (
    above === undefined ||
    endsSentence(above) ||
    parseCredit(above) !== null ||
    isSignatureLine(above) ||
    // Above is cut off (an article that jumps); the line is no part of it unless a word runs across.
    !words().has(termOf(above.at(-1)!, lines[j]!.text[0]!))
  );
}

// An overline introduces the headline: it announces a speaker (`…时强调`), a purpose (`为…而奋斗`)
// or an occasion (`出席…`, `聚焦…`), rather than stating the news itself.
// A label of a few characters (`今年起`, `老年旅客`), alone or set off by spaces before a phrase
// (`脱贫账  精准扶贫让…`), is a newspaper's overline too.
const OVERLINE_PHRASE =
  /(?:强调|指出|表示|要求|宣布|寄语|勉励|致信|回信|提出|致电|致贺电|致函)$|^为.{2,30}而|^(?:出席|聚焦|喜迎|庆祝|纪念|奋进|献礼|走进|探访)|^[\u4e00-\u9fa5]{2,5}(?:$|[\s\u3000]{2,})/;

// The structural part of that evidence: the two lines cannot stand apart.
function bound(upper: string, lower: string): boolean {
  const open = (o: string, c: string) => upper.split(o).length > upper.split(c).length;
  return (
    open('《', '》') ||
    open('“', '”') ||
    open('（', '）') ||
    upper.endsWith('、') ||
    (upper.includes('关于') && !/的[\u4e00-\u9fa5]{2}$/.test(upper)) ||
    DANGLING.test(upper) ||
    /^(?:将|已|再|又|并|和|与|及|的|都|也|还|等|暨|关于)/.test(lower)
  );
}

// A headline that opens with a verb and no subject (`全面升级防控措施`, `开展…工作`) takes its
// subject from the line above, the overline (`湖北召开疫情防控工作新闻发布会`).
const PREDICATE =
  /^(?:全面|加快|推动|推进|开展|深化|坚持|加强|实施|打造|建设|促进|落实|提升|做好|持续|明确|杜绝|确保|支持|助力|构建|完善|强化|扎实|统筹|巩固|服务|守护|筑牢|激发|释放|培育)/;
// Two short phrases side by side (`杜绝混装混运 明确处罚措施`) are an overline's couplet.
const TWO_PHRASES = /^[\u4e00-\u9fa5]{4,12}[\s\u3000]+[\u4e00-\u9fa5]{4,12}$/;

// Take the lines printed above a headline that belong to it: up to two more headline lines and an
// overline, read from the bottom up, when the text above them is finished.
function extendUpward(
  lines: SourceLine[],
  start: ArticleStart,
  floor: number,
  control: (i: number) => LineControl | undefined,
  words: () => TermLookup,
): void {
  const h = start.title[0]!;
  let top = h;
  while (top - 1 >= floor && top > h - MAX_LINES_ABOVE) {
    const c = control(top - 1);
    if (c === 'overline' || c === 'title') top--;
    else if (c === undefined && canJoinHeadline(lines[top - 1]!.text)) top--;
    else break;
  }
  // Lines whose top one follows an unfinished sentence are that sentence's end, unless they cannot
  // stand apart from the headline (`…关于同意武警总部` / `后勤部机关等迁址新建的批复`).
  while (
    top < h &&
    control(top) === undefined &&
    !closesAbove(lines, top, words) &&
    !bound(lines[top]!.text, lines[top + 1]!.text)
  )
    top++;
  for (let j = h - 1; j >= top; j--) {
    const text = lines[j]!.text;
    const c = control(j);
    const first = lines[start.title[0]!]!.text;
    // A line over a headline already printed on two lines is its overline, unless bound to it.
    const overline =
      c === 'overline' ||
      (c === undefined &&
        (OVERLINE_END.test(text) ||
          (!bound(text, first) &&
            (OVERLINE_PHRASE.test(text) ||
              PREDICATE.test(first) ||
              TWO_PHRASES.test(text) ||
              start.title.length >= 2))));
    if (overline) {
      start.overline = j;
      return;
    }
    start.title.unshift(j);
  }
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
  lines.forEach((line, i) => {
    const c = control(i);
    if (c === 'headline') marked.set(i, 'control');
    else if (c === 'not-headline' || c === 'title' || c === 'overline') return;
    else if (looksLikeHeadline(line.text) && (opensText(lines, i) || opensPhoto(lines, i)))
      marked.set(i, opensText(lines, i) ? 'dateline' : 'photo');
  });
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
    extendUpward(lines, start, floor, control, words);
    // A headline line below the marked one (control `title`) belongs to it too.
    for (let k = h + 1; k < (heads[n + 1] ?? lines.length) && control(k) === 'title'; k++)
      start.title.push(k);
    starts.push(start);
    floor = h + 1;
  }
  return starts;
}
