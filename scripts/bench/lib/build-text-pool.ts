import type { Kind } from '../../../src/schemas/article.ts';
import { KIND_RULES } from '../../../src/splitter/kind-rules.ts';
import { splitBulletin } from '../../../src/splitter/split-bulletin.ts';
import { WIRE_LEXICON } from './wire-lexicon.ts';

/** One article of a sample bulletin, taken apart into reusable copy. */
export interface Topic {
  title: string;
  kicker: string | null;
  kind: Kind;
  /** The story's date, which the copy's own dates are relative to. */
  date: string;
  /** The first paragraph (what follows the dateline), or null when it is not a whole paragraph. */
  lead: string | null;
  /** Whole paragraphs after the lead, in print order. */
  paragraphs: string[];
  /** Every sentence of the lead and paragraphs, in print order. */
  sentences: string[];
  /** For photos: the place the headline opens with (`广西南宁`), its words, and what remains (`洪水渐退清淤忙`). */
  placeText: string;
  places: string[];
  subject: string;
  /** Neutral clauses of the story's own headline, kicker and headings, for headlines that fit the copy. */
  clauses: string[];
}

/** Everything the corpus generator recombines, taken from the sample bulletins. */
export interface TextPool {
  /** Text articles with at least a few sentences. */
  topics: Topic[];
  /** Photo articles; their paragraphs are captions without the credit. */
  photos: Topic[];
  /** Headline clauses that match no kind rule's headline pattern, so they keep a headline neutral. */
  clauses: string[];
  /** Section headings without their numbering. */
  headings: string[];
  /** Neutral kickers (without `——`). */
  kickers: string[];
  /** Kickers' and explainer headlines' topic words (`消费品以旧换新` from `消费品以旧换新热点追踪`). */
  subjects: string[];
  /** Reporters and photographers named in the samples. */
  names: string[];
}

const HEADLINE_PATTERNS = KIND_RULES.flatMap((r) => (r.when.headline ? [r.when.headline] : []));
/** True when a headline text matches no kind rule's headline pattern, so it leaves the kind to the copy. */
export function isNeutral(text: string): boolean {
  return !HEADLINE_PATTERNS.some((p) => p.test(text));
}
const COMPLETE = /[。！？]["”’」』）)]*$/;
const STARTS_MID = /^[的了们吗呢吧着，。、；：？！）》”’」』]/;
const NUMBERING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;
const CREDIT_TAIL = /\s*[（(][^（()）]*摄[）)]$/;
const SENTENCE = /[^。！？]+[。！？]+["”’」』]?/g;

/** The sentences of a paragraph, each with its closing mark and quote. */
export function sentencesOf(text: string): string[] {
  return text.match(SENTENCE) ?? [];
}

// Markdown escapes remark adds (`\*`), undone so the copy reads as the bulletin printed it.
const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const isWhole = (s: string) => COMPLETE.test(s) && !STARTS_MID.test(s) && !s.includes('&#');

/** The first `M月D日` of the captions as an ISO date, in the latest year not after the bulletin. */
function captionDate(captions: readonly string[], bulletin: string): string | null {
  const m = /(\d{1,2})月(\d{1,2})日/.exec(captions.join(''));
  if (!m) return null;
  const md = `${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  const year = Number(bulletin.slice(0, 4));
  return `${md <= bulletin.slice(5) ? year : year - 1}-${md}`;
}

/** Build the pool from sample bulletins by splitting them with the project's own splitter. */
export function buildTextPool(samples: readonly { text: string; date: string }[]): TextPool {
  const pool: TextPool = {
    topics: [],
    photos: [],
    clauses: [],
    headings: [],
    kickers: [],
    subjects: [],
    names: [],
  };
  const add = (list: string[], s: string) => {
    if (!list.includes(s)) list.push(s);
  };
  for (const sample of samples) {
    const { articles } = splitBulletin(sample.text, { date: sample.date, vocabulary: {} });
    for (const a of articles) {
      const blocks = a.body
        .split(/\n{2,}/)
        .map((b) => unescape(b.trim()))
        .filter(Boolean);
      const headings = blocks.filter((b) => /^#+ /.test(b)).map((b) => b.replace(/^#+ /, ''));
      const paras = blocks
        .filter((b) => !/^#+ /.test(b) && !/摄$/.test(b) && !/^新华社发/.test(b))
        .map((b) => b.replace(CREDIT_TAIL, ''));
      for (const h of headings) add(pool.headings, h.replace(NUMBERING, ''));
      for (const n of [...a.reporters, ...a.photographers]) add(pool.names, n);
      const lead = paras[0] !== undefined && isWhole(paras[0]) ? paras[0] : null;
      const rest = paras.slice(1).filter(isWhole);
      const topic: Topic = {
        title: a.title,
        kicker: a.kicker,
        kind: a.kind,
        date: a.date,
        lead,
        paragraphs: rest,
        // An editor's note (`【编前语】`) only ever opens a story, so it is not reused as a sentence.
        sentences: [lead ?? '', ...rest].flatMap(sentencesOf).filter((t) => !t.startsWith('【')),
        placeText: '',
        places: [],
        subject: a.title,
        clauses: [],
      };
      if (a.kind === 'photo') {
        // Province names are not dateline places, but photo headlines open with them (`广西南宁：…`).
        const known = [...WIRE_LEXICON.domestic, '广西', '广东', '云南', '新疆', '西藏', '海南'];
        const words = [...new Set(known.filter((p) => a.title.includes(p)))];
        const opening =
          new RegExp(`^(?:${words.join('|') || '(?!)'})+：?`).exec(a.title)?.[0] ?? '';
        topic.placeText = opening.replace(/：$/, '');
        topic.places = words.sort((x, y) => y.length - x.length);
        topic.subject = a.title.slice(opening.length);
        topic.paragraphs = paras.filter((p) => COMPLETE.test(p));
        // A photo has no dateline, so its date is the first one its captions name.
        topic.date = captionDate(topic.paragraphs, sample.date) ?? topic.date;
        pool.photos.push(topic);
        continue;
      }
      if (topic.sentences.length >= 1) pool.topics.push(topic);
      for (const text of [a.title, a.kicker ?? '', ...headings]) {
        for (const clause of text.replace(NUMBERING, '').split(/[，？：\s]+/)) {
          if (
            clause.length >= 4 &&
            clause.length <= 24 &&
            !STARTS_MID.test(clause) &&
            isNeutral(clause)
          ) {
            add(pool.clauses, clause);
            add(topic.clauses, clause);
          }
        }
      }
      if (a.kicker && isNeutral(a.kicker)) add(pool.kickers, a.kicker);
      const subject = (a.kicker ?? '').replace(/热点追踪|追踪|解读|答问|问答$/, '');
      if (a.kicker && subject !== a.kicker && subject.length >= 4) {
        add(pool.subjects, subject);
        add(topic.clauses, subject);
      }
    }
  }
  pool.subjects.push(...pool.clauses.filter((c) => c.length >= 5 && c.length <= 10));
  return pool;
}
