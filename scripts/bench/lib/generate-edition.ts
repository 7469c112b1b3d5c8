import type { Kind } from '../../../src/schemas/article.ts';
import { isNeutral, sentencesOf, type TextPool, type Topic } from './build-text-pool.ts';
import { createRng, hashSeed, type Rng } from './create-rng.ts';
import { pickCut } from './pick-cut.ts';
import { addDays, shiftDates } from './shift-dates.ts';
import { varyNumbers } from './vary-numbers.ts';
import { makeName, WIRE_LEXICON } from './wire-lexicon.ts';

/** A printing accident the generator put into an article. */
export type Quirk = 'page-break' | 'jump' | 'duplicate' | 'truncated';

/** One article as the generator meant it, to compare with what the splitter finds. */
export interface IntendedArticle {
  title: string;
  kind: Kind;
  quirks: Quirk[];
}

/** One generated bulletin: its date, its text and the articles printed in it. */
export interface GeneratedEdition {
  date: string;
  text: string;
  articles: IntendedArticle[];
}

type Role = 'paragraph' | 'heading' | 'caption' | 'credit';
interface Block {
  text: string;
  role: Role;
}
interface Draft extends IntendedArticle {
  /** Header lines in groups: a group prints without blank lines inside (`据新华社…电` + `新华社记者`). */
  header: string[][];
  blocks: Block[];
  /** Continuations of jumped articles, printed after this article. */
  tails: Block[][];
}
interface Style {
  tightHeader: boolean;
  indent: boolean;
  crlf: boolean;
}

// About six articles an edition (mean 6.1), as in the sample bulletins.
const ARTICLE_COUNTS = [
  [4, 22],
  [5, 22],
  [6, 20],
  [7, 14],
  [8, 10],
  [9, 7],
  [10, 5],
] as const;
const KIND_MIX: readonly (readonly [Kind, number])[] = [
  ['brief', 36],
  ['notice', 16],
  ['explainer', 16],
  ['report', 14],
  ['photo', 18],
];
const NUMERALS = ['一', '二', '三', '四', '五'];
// Rates per article (per edition for jumps); the samples show more, but they were picked for their quirks.
const RATES = { pageBreak: 0.22, duplicate: 0.18, truncated: 0.1, jump: 0.3 };
// The splitter's headline limit is 64; real headlines stay well under it.
const MAX_TITLE = 40;

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * Generate one realistic bulletin for `date` from the sample copy in `pool`: 4–10 articles of every
 * kind, every dateline form, dates that agree with the edition, headlines unique within it, and page
 * breaks, jumps, duplicates and truncations at realistic rates. The same pool, date and seed always
 * give the same text.
 */
export function generateEdition(pool: TextPool, date: string, seed: number): GeneratedEdition {
  const rng = createRng(hashSeed(seed, date));
  const style: Style = {
    tightHeader: rng.chance(0.25),
    indent: rng.chance(0.2),
    crlf: rng.chance(0.05),
  };
  const count = rng.weighted(ARTICLE_COUNTS);
  // Photos usually close an edition.
  const kinds = Array.from({ length: count }, () => rng.weighted(KIND_MIX))
    .map((kind) => ({ kind, key: kind === 'photo' && rng.chance(0.7) ? 1 : 0 }))
    .sort((a, b) => a.key - b.key)
    .map((k) => k.kind);
  const titles = new Set<string>();
  const topics = new Set<Topic>();
  const drafts = kinds.map((kind) => makeDraft(kind, pool, date, rng, titles, topics));
  for (const d of drafts) if (d.kind !== 'photo') addQuirks(d, rng);
  if (rng.chance(RATES.jump)) addJump(drafts, rng);
  for (const d of drafts) {
    if (d.kind !== 'photo' && !d.quirks.includes('jump') && rng.chance(RATES.truncated))
      truncate(d, rng);
  }
  return {
    date,
    text: layout(drafts, style, rng),
    articles: drafts.map(({ title, kind, quirks }) => ({ title, kind, quirks })),
  };
}

function makeDraft(
  kind: Kind,
  pool: TextPool,
  date: string,
  rng: Rng,
  titles: Set<string>,
  topics: Set<Topic>,
): Draft {
  if (kind === 'photo') return makePhoto(pool, date, rng, titles);
  // An editor's note (`【编前语】`) makes an explainer; it comes with its own story, once an edition
  // (printed twice, the splitter rightly drops the second as a duplicate).
  const note = pool.topics.find((t) => t.lead?.startsWith('【编'));
  const noted =
    kind === 'explainer' && note !== undefined && !topics.has(note) && rng.chance(0.2)
      ? note
      : undefined;
  // Long kinds need copy to draw on, so they take topics with enough sentences, weighted by size.
  // Two stories from one topic in an edition share vocabulary, which confuses jump stitching more
  // than real editions do, so an edition uses each topic once while it has fresh ones.
  const fits = pool.topics.filter(
    (t) => t.sentences.length >= (kind === 'report' ? 12 : kind === 'explainer' ? 8 : 1),
  );
  const fresh = fits.filter((t) => !topics.has(t));
  const choices = fresh.length > 0 ? fresh : fits;
  const topic =
    noted ??
    (kind === 'report' || kind === 'explainer'
      ? rng.weighted(choices.map((t) => [t, t.sentences.length] as const))
      : rng.pick(choices));
  topics.add(topic);
  const { title, kicker } = makeHeadline(kind, topic, pool, rng, titles, noted !== undefined);
  const dl = makeDateline(kind, date, rng);
  const copy = (text: string) => varyNumbers(shiftDates(text, topic.date, dl.date), rng);
  const used = new Set<string>();
  const paragraphs = (n: number) => drawParagraphs(topic, n, rng, used).map(copy);

  let lead: string;
  if (noted?.lead) lead = noted.lead;
  else if (topic.lead && !topic.lead.startsWith('【') && rng.chance(0.6)) lead = topic.lead;
  else lead = drawParagraphs(topic, 1, rng, used)[0] ?? topic.sentences[0] ?? '。';
  for (const s of sentencesOf(lead)) used.add(s);
  lead = copy(lead);

  const blocks: Block[] = [];
  const para = (text: string): Block => ({ text, role: 'paragraph' });
  if (kind === 'report') {
    // Draw the copy first, then spread the sections over it: a small topic runs out of sentences,
    // and a heading without copy after it is no heading.
    const wanted = rng.int(2, 4);
    const body = paragraphs(rng.int(0, 2) + wanted * rng.int(3, 6)).map(para);
    const headings = rng
      .shuffle(sectionHeadings(pool, rng))
      .slice(0, Math.min(wanted, body.length));
    const preface = Math.min(rng.int(0, 2), body.length - headings.length);
    const rest = body.length - preface;
    for (let i = headings.length - 1; i >= 0; i--) {
      const at = preface + Math.floor((i * rest) / headings.length);
      body.splice(at, 0, { text: `${NUMERALS[i]}、${headings[i]}`, role: 'heading' });
    }
    blocks.push(...body);
  } else if (kind === 'explainer') {
    const body = paragraphs(rng.int(4, 12)).map(para);
    // Some explainers carry unnumbered section headings, each with copy before and after it.
    if (body.length >= 4 && rng.chance(0.35)) {
      const [h1, h2] = rng.shuffle(pool.headings.filter((h) => h.length <= 30));
      if (h1 && h2) {
        body.splice(Math.floor(body.length / 2), 0, { text: h2, role: 'heading' });
        body.splice(1, 0, { text: h1, role: 'heading' });
      }
    }
    blocks.push(...body);
  } else {
    // A domestic brief of 1,800 characters or more would read as a report; keep short kinds short.
    let length = lead.length;
    for (const text of paragraphs(rng.int(1, 5))) {
      if ((length += text.length) > 1400) break;
      blocks.push(para(text));
    }
  }

  const header: string[][] = [[title]];
  if (kicker) header.push([`——${kicker}`]);
  if (dl.ownLine) {
    header.push(dl.byline ? [dl.text, dl.byline] : [dl.text]);
    blocks.unshift(para(lead));
  } else header.push([`${dl.text}${dl.text.endsWith('）') ? '' : ' '}${lead}`]);
  return { title, kind, quirks: [], header, blocks, tails: [] };
}

/** Whole paragraphs of the topic, or runs of its sentences, none repeated within one article. */
function drawParagraphs(topic: Topic, n: number, rng: Rng, used: Set<string>): string[] {
  const out: string[] = [];
  let cursor = rng.int(0, Math.max(0, topic.paragraphs.length - 1));
  for (let tries = 0; out.length < n && tries < n * 4; tries++) {
    let sentences: string[];
    if (topic.paragraphs.length > 0 && rng.chance(0.5)) {
      sentences = sentencesOf(topic.paragraphs[cursor++ % topic.paragraphs.length]!);
    } else {
      // A run of consecutive sentences not yet printed in this article.
      const start = rng.int(0, topic.sentences.length - 1);
      const run = topic.sentences.slice(start, start + rng.int(1, 4));
      const stop = run.findIndex((s) => used.has(s));
      sentences = stop === -1 ? run : run.slice(0, stop);
    }
    // Real copy does not repeat itself; a repeated sentence would also draw splitter warnings.
    if (sentences.length === 0 || sentences.some((s) => used.has(s))) continue;
    for (const s of sentences) used.add(s);
    out.push(sentences.join(''));
  }
  return out;
}

/** Section headings: the samples' own, and pairs of neutral clauses in the same shape. */
function sectionHeadings(pool: TextPool, rng: Rng): string[] {
  const out = new Set(pool.headings);
  for (let i = 0; i < 6; i++) {
    const [a, b] = rng.shuffle(pool.clauses.filter((c) => c.length <= 14));
    if (a && b) out.add(`${a}，${b}`);
  }
  return [...out].filter((h) => h.length <= 36);
}

/**
 * A headline unique within the edition, shaped so the kind table gives the intended kind, made
 * mostly from the story's own headline clauses so headline and copy share their vocabulary.
 */
function makeHeadline(
  kind: Exclude<Kind, 'photo'>,
  topic: Topic,
  pool: TextPool,
  rng: Rng,
  titles: Set<string>,
  editorNote: boolean,
): { title: string; kicker: string | null } {
  const own = topic.clauses.length > 0 ? topic.clauses : pool.clauses;
  for (let tries = 0; ; tries++) {
    const a = rng.pick(own);
    let b = rng.pick(rng.chance(0.6) ? own : pool.clauses);
    if (b === a) b = rng.pick(pool.clauses.filter((c) => c !== a));
    const two = rng.pick([`${a}，${b}`, `${a} ${b}`]);
    const ownKicker = topic.kicker !== null && isNeutral(topic.kicker) ? topic.kicker : null;
    let title: string;
    let kicker: string | null = null;
    if (kind === 'report') {
      title = `${a}，${b}`;
      if (rng.chance(0.6)) kicker = ownKicker;
    } else if (kind === 'explainer') {
      const form = editorNote ? 4 : rng.int(0, 3);
      if (form === 0) title = `${a}？${b}`;
      else if (form === 1) title = `${a}？`;
      else if (form === 2) title = `${a}，${b}？`;
      else if (form === 3) {
        title = two;
        kicker = `${rng.pick(own)}${rng.pick(['热点追踪', '权威解读', '答问'])}`;
      } else title = `${a}，${b}`;
    } else if (kind === 'notice') {
      const organ = rng.pick(WIRE_LEXICON.organs);
      const form = rng.int(0, 2);
      if (form === 0) {
        title = `${organ}印发通知`;
        kicker = a;
      } else if (form === 1) title = `${organ}就${a}征求意见`;
      else {
        const who = rng.shuffle(WIRE_LEXICON.countries).slice(0, rng.int(1, 3)).join('、');
        title = `${who}${rng.pick(['外长', '总统', '总理'])}将访华`;
      }
    } else {
      title = rng.pick([a, a, two]);
      if (rng.chance(0.1)) kicker = ownKicker;
    }
    // After many clashes (a tiny pool), a place name keeps the headline unique.
    if (tries > 40) title = `${title.slice(0, MAX_TITLE - 6)} ${rng.pick(WIRE_LEXICON.domestic)}`;
    if (title.length <= MAX_TITLE && !titles.has(title)) {
      titles.add(title);
      return { title, kicker };
    }
  }
}

/** A dateline in one of the forms wire copy uses, with the story's date (the edition's or the day before). */
function makeDateline(
  kind: Exclude<Kind, 'photo'>,
  edition: string,
  rng: Rng,
): { text: string; date: string; ownLine: boolean; byline: string | null } {
  const foreign = kind === 'brief' && rng.chance(0.6);
  const date = addDays(edition, rng.chance(foreign ? 0.65 : 0.25) ? -1 : 0);
  const ju = rng.chance(0.35) ? '据' : '';
  // `据新华社电`: no place and no date.
  if ((kind === 'notice' || kind === 'brief') && !foreign && rng.chance(0.15))
    return { text: '据新华社电', date: edition, ownLine: false, byline: null };
  const places = foreign
    ? rng.chance(0.2)
      ? rng.pick(WIRE_LEXICON.foreignPairs).join('/')
      : rng.pick(WIRE_LEXICON.foreign)
    : rng.pick(WIRE_LEXICON.domestic);
  const names = [makeName(rng), ...(rng.chance(0.4) ? [makeName(rng)] : [])];
  const reporters = rng.chance(0.35) ? `（记者${names.join(' ')}）` : '';
  const ownLine = rng.chance(kind === 'explainer' ? 0.7 : kind === 'report' ? 0.25 : 0.05);
  const text = `${ju}新华社${places}${monthDay(date)}电${ownLine ? '' : reporters}`;
  const byline =
    ownLine && rng.chance(kind === 'explainer' ? 0.7 : 0.3)
      ? rng.pick(['新华社记者', `新华社记者 ${names.join(' ')}`])
      : null;
  return { text, date, ownLine, byline };
}

/** A photo: a place and a subject for headline, one to three captions and a credit. */
function makePhoto(pool: TextPool, edition: string, rng: Rng, titles: Set<string>): Draft {
  const topic = rng.pick(pool.photos);
  const date = addDays(edition, rng.chance(0.5) ? -1 : 0);
  let place = '';
  let title = '';
  for (let tries = 0; title === '' || titles.has(title); tries++) {
    place = rng.pick(WIRE_LEXICON.domestic);
    const subject = rng.chance(0.7)
      ? topic.subject
      : rng.pick(pool.clauses.filter((c) => c.length >= 5 && c.length <= 12));
    title = `${place}${rng.pick(['', '：'])}${subject}`;
    if (tries > 40) title += ` ${rng.int(2, 99)}`;
  }
  titles.add(title);
  const relocate = (text: string) =>
    [topic.placeText, ...topic.places]
      .filter(Boolean)
      .reduce((t, p) => t.split(p).join(place), text);
  const captions = topic.paragraphs
    .slice(0, rng.int(1, topic.paragraphs.length))
    .map((c) => varyNumbers(relocate(shiftDates(c, topic.date, date)), rng));
  if (rng.chance(0.4)) captions.unshift(`这是${monthDay(date)}在${place}拍摄的${topic.subject}。`);
  const shot = [makeName(rng), ...(rng.chance(0.15) ? [makeName(rng)] : [])].join('、');
  const blocks: Block[] = captions.slice(0, 3).map((text) => ({ text, role: 'caption' }));
  const last = blocks.at(-1)!;
  if (rng.chance(0.5)) last.text += `（新华社记者 ${shot} 摄）`;
  else
    blocks.push({
      text: rng.chance(0.8) ? `新华社记者 ${shot} 摄` : `新华社发（${shot} 摄）`,
      role: 'credit',
    });
  return { title, kind: 'photo', quirks: [], header: [[title]], blocks, tails: [] };
}

const paragraphIndexes = (d: Draft, from = 1) =>
  d.blocks.flatMap((b, i) => (i >= from && b.role === 'paragraph' ? [i] : []));

/** Cut block `i` mid-sentence; returns the two halves, or null when it has no place to cut. */
function cutBlock(d: Draft, i: number, rng: Rng): [Block, Block] | null {
  const block = d.blocks[i]!;
  const at = pickCut(block.text, rng);
  if (at === null) return null;
  return [
    { text: block.text.slice(0, at), role: 'paragraph' },
    { text: block.text.slice(at), role: 'paragraph' },
  ];
}

/** Duplicated paragraphs and page breaks, each at its rate. */
function addQuirks(d: Draft, rng: Rng): void {
  const paras = paragraphIndexes(d);
  if (paras.length >= 3 && rng.chance(RATES.duplicate)) {
    // A paragraph (sometimes two in a row) printed again a little further on.
    const i = rng.pick(paras.slice(0, -1));
    const run = d.blocks
      .slice(i, i + (rng.chance(0.3) ? 2 : 1))
      .filter((b) => b.role === 'paragraph');
    const at = Math.min(d.blocks.length, i + run.length + rng.int(0, 3));
    d.blocks.splice(at, 0, ...run.map((b) => ({ ...b })));
    d.quirks.push('duplicate');
  }
  const breakable = [0, ...paragraphIndexes(d)].filter((k) => d.blocks[k]?.role === 'paragraph');
  if (breakable.length > 0 && rng.chance(RATES.pageBreak)) {
    // Short paragraphs have no place to cut; the page ends in one of a few tried.
    for (const i of rng.shuffle(breakable).slice(0, 3)) {
      const halves = cutBlock(d, i, rng);
      if (!halves) continue;
      d.blocks.splice(i, 1, ...halves);
      d.quirks.push('page-break');
      break;
    }
  }
}

/** An article cut mid-sentence whose rest is printed after one or two later articles. */
function addJump(drafts: Draft[], rng: Rng): void {
  const hosts = drafts.flatMap((d, h) => {
    if (d.kind === 'photo' || h >= drafts.length - 1) return [];
    // Only the last section may jump, so no heading moves to another article.
    const lastHeading = d.blocks.findLastIndex((b) => b.role === 'heading');
    const paras = paragraphIndexes(d, Math.max(1, lastHeading + 1));
    return paras.length > 0 ? [{ d, h, paras }] : [];
  });
  if (hosts.length === 0) return;
  const { d, h, paras } = rng.pick(hosts);
  const i = paras.length > 1 && rng.chance(0.5) ? paras.at(-2)! : paras.at(-1)!;
  const halves = cutBlock(d, i, rng);
  if (!halves) return;
  const tail = [halves[1], ...d.blocks.slice(i + 1)];
  d.blocks.splice(i, d.blocks.length - i, halves[0]);
  const after = Math.min(drafts.length - 1, h + rng.int(1, 2));
  drafts[after]!.tails.push(tail);
  d.quirks.push('jump');
}

/** An article that stops mid-sentence, its rest never printed. */
function truncate(d: Draft, rng: Rng): void {
  // Cut the last paragraph, or one of the two before it when it is too short to cut; what follows is lost.
  for (let i = d.blocks.length - 1; i >= Math.max(1, d.blocks.length - 3); i--) {
    if (d.blocks[i]!.role !== 'paragraph') return;
    const halves = cutBlock(d, i, rng);
    if (!halves) continue;
    d.blocks.splice(i, d.blocks.length - i, halves[0]);
    d.quirks.push('truncated');
    return;
  }
}

/** Print the drafts as a bulletin: blank lines of varying number, optional indents and CRLF. */
function layout(drafts: Draft[], style: Style, rng: Rng): string {
  const lines: string[] = [];
  const gap = (min = 1) => {
    const n = Math.max(
      min,
      rng.weighted([
        [1, 90],
        [2, 8],
        [3, 2],
      ] as const),
    );
    for (let k = 0; k < n; k++)
      lines.push(rng.chance(0.03) ? rng.pick(['\u3000', '  ', ' \t']) : '');
  };
  const print = (b: Block) =>
    lines.push(
      style.indent && b.role !== 'heading' && b.role !== 'credit'
        ? `\u3000\u3000${b.text}`
        : b.text,
    );
  for (let k = rng.int(0, 2); k > 0; k--) lines.push('');
  drafts.forEach((d, n) => {
    if (n > 0) gap(rng.chance(0.3) ? 2 : 1);
    d.header.forEach((group, g) => {
      if (g > 0 && !style.tightHeader) gap();
      lines.push(...group);
    });
    for (const b of d.blocks) {
      gap();
      print(b);
    }
    for (const tail of d.tails) {
      for (const b of tail) {
        gap();
        print(b);
      }
    }
  });
  const end = rng.pick(['\n', '\n', '\n\n', '']);
  return lines.join(style.crlf ? '\r\n' : '\n') + (style.crlf ? end.replace(/\n/g, '\r\n') : end);
}
