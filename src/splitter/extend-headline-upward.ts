import type { LineControl } from '../schemas/split-controls.ts';
import { endsDangling, endsSentence } from './ends-sentence.ts';
import type { ArticleStart } from './find-headlines.ts';
import { isDateLine, isListRow, isSignatureLine } from './find-signature.ts';
import { looksLikeHeadline } from './looks-like-headline.ts';
import { parseCredit } from './parse-credit.ts';
import type { TermLookup } from './term-set.ts';
import { termOf } from './term-weights.ts';
import type { SourceLine } from './to-source-lines.ts';

// A line printed above a headline is part of it only when it is short.
const MAX_TITLE_LINE = 48;
// An overline with a comma in it is a short phrase.
const MAX_CLAUSE_OVERLINE = 24;
// At most this many lines above a headline can belong to it (two more headline lines, an overline).
const MAX_LINES_ABOVE = 3;
// An overline announces the headline: it ends in a dash or a colon.
const OVERLINE_END = /(?:——|—|－－|：|:)$/;

// A line above a headline that may belong to it: short, not a sentence, not a credit or signature.
function canJoinHeadline(text: string): boolean {
  return (
    text.length <= MAX_TITLE_LINE &&
    !text.includes('。') &&
    !/^[（(【].*[）)】]$/.test(text) &&
    !isDateLine(text) &&
    !isListRow(text) &&
    !/评论员|评论部|编辑部/.test(text) &&
    (!/[，,]/.test(text) || text.length <= MAX_CLAUSE_OVERLINE) &&
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

// `《通知》强调，…`: reported speech is a sentence of a story, never an overline.
const REPORTED_SPEECH = /(?:说|表示|介绍|指出|认为|强调|称|要求|提出)[，,：:]/;

// The text above ends plainly: a stop, a credit, a signature.
const closesStrictly = (above: string | undefined) =>
  above === undefined ||
  endsSentence(above) ||
  parseCredit(above) !== null ||
  isSignatureLine(above);

// An overline introduces the headline: it announces a speaker (`…时强调`), a purpose (`为…而奋斗`)
// or an occasion (`出席…`, `聚焦…`), rather than stating the news itself.
// A label of a few characters (`今年起`, `老年旅客`), alone or set off by spaces before a phrase
// (`脱贫账  精准扶贫让…`), is a newspaper's overline too.
const OVERLINE_PHRASE =
  /(?:强调|指出|表示|要求|宣布|寄语|勉励|致信|回信|提出|致电|致贺电|致函)$|^为.{2,30}而|^(?:出席|聚焦|喜迎|庆祝|纪念|奋进|献礼|走进|探访)|^[\u4e00-\u9fa5]{2,5}(?:$|[\s\u3000]{2,})/;

const PAIRS = [
  ['《', '》'],
  ['“', '”'],
  ['（', '）'],
] as const;
const count = (text: string, mark: string) => text.split(mark).length - 1;

// A mark opened in `upper` that neither `upper` nor `lower` closes.
function leftOpen(upper: string, lower: string): boolean {
  return PAIRS.some(
    ([o, c]) => count(upper, o) > count(upper, c) && count(lower, c) <= count(lower, o),
  );
}

// Whether `upper` is the first part of a headline that `lower` finishes: the two lines cannot stand
// apart (a bracket left open, a `关于…` without its document type, a dangling word, a next line that
// cannot open a phrase).
function bound(upper: string, lower: string): boolean {
  return (
    // A bracket or quote left open above counts only when the line below closes it.
    PAIRS.some(
      ([o, c]) => count(upper, o) > count(upper, c) && count(lower, c) > count(lower, o),
    ) ||
    upper.endsWith('、') ||
    (upper.includes('关于') && !/的[\u4e00-\u9fa5]{2}$/.test(upper)) ||
    endsDangling(upper) ||
    /^(?:已|再|又|并|和|与|及|的|都|也|还|等|暨|关于)/.test(lower) ||
    CORRELATIVES.some(([a, b]) => upper.includes(a) && lower.startsWith(b))
  );
}

// A headline that opens with a verb and no subject (`全面升级防控措施`, `开展…工作`) takes its
// subject from the line above, the overline (`湖北召开疫情防控工作新闻发布会`).
const PREDICATE =
  /^(?:将|全面|加快|推动|推进|开展|深化|坚持|加强|实施|打造|建设|促进|落实|提升|做好|持续|明确|杜绝|确保|支持|助力|构建|完善|强化|扎实|统筹|巩固|服务|守护|筑牢|激发|释放|培育)/;
// The two halves of a correlative (`困难挑战越大` / `越要深化改革`) make one headline.
const CORRELATIVES = [
  ['越', '越'],
  ['既', '又'],
  ['既', '也'],
  ['不仅', '还'],
  ['不仅', '而且'],
  ['不是', '而是'],
] as const;
// A column tag (`（权威发布）`) is printed after the main headline: the one line above it is its
// overline (over a headline of two lines, the label above both is).
const COLUMN_TAG = /（[\u4e00-\u9fa5·0-9]{2,16}）$/;
// Two short phrases side by side (`杜绝混装混运 明确处罚措施`) are an overline's couplet.
const TWO_PHRASES = /^[\u4e00-\u9fa5]{4,12}[\s\u3000]+[\u4e00-\u9fa5]{4,12}$/;

/**
 * Add to `start` the lines printed above its headline that belong to it, read from the bottom up
 * when the text above them is finished: up to two more headline lines and an overline.
 */
export function extendUpward(
  lines: SourceLine[],
  start: ArticleStart,
  floor: number,
  control: (i: number) => LineControl | undefined,
  words: () => TermLookup,
  newspaper: boolean,
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
    // A quote or bracket opened and never closed is a sentence cut off by the page, not a headline.
    if (c === undefined && leftOpen(text, first)) return;
    // A line with a comma can only be an overline (`江苏建设20家省级中心，提供服务引导`), over
    // a finished text.
    const clause = /[，,]/.test(text);
    // A commentary (a headline with no dateline under it) carries no overline: its column tag
    // ends a headline that may run over two lines (`行法治之力` / `护农业“芯片”（人民时评）`).
    const commentary = start.evidence === 'shape';
    if (c === undefined && clause && REPORTED_SPEECH.test(text)) return;
    if (c === undefined && clause && (j !== top || !closesStrictly(lines[j - 1]?.text))) return;
    const overline =
      c === 'overline' ||
      (c === undefined &&
        (OVERLINE_END.test(text) ||
          (!bound(text, first) &&
            !commentary &&
            (OVERLINE_PHRASE.test(text) ||
              PREDICATE.test(first) ||
              (COLUMN_TAG.test(first) && j === top) ||
              TWO_PHRASES.test(text) ||
              clause ||
              // A newspaper's own story prints an overline above its headline, wire copy does not.
              (newspaper && j === top)))));
    // Only the choices the print marks plainly are sure: a dash or colon, a column tag, an open phrase.
    const sure =
      c !== undefined ||
      OVERLINE_END.test(text) ||
      (COLUMN_TAG.test(first) && j === top) ||
      bound(text, first);
    if (!sure) start.unsure = j;
    if (overline) {
      start.overline = j;
      return;
    }
    start.title.unshift(j);
  }
}
