import { describe, expect, it } from 'vitest';
import { addQuirks } from '../../scripts/bench/lib/add-quirks.ts';
import type { ArticleDraft } from '../../scripts/bench/lib/article-draft.ts';
import { sentencesOf, type Topic } from '../../scripts/bench/lib/build-text-pool.ts';
import { createRng } from '../../scripts/bench/lib/create-rng.ts';
import { draftStoryBody } from '../../scripts/bench/lib/draft-story-body.ts';
import { drawParagraphs } from '../../scripts/bench/lib/draw-paragraphs.ts';
import { layoutEdition } from '../../scripts/bench/lib/layout-edition.ts';
import { loadTextPool } from '../../scripts/bench/lib/load-text-pool.ts';
import { makeDateline } from '../../scripts/bench/lib/make-dateline.ts';
import { makeHeadline } from '../../scripts/bench/lib/make-headline.ts';
import { monthDay } from '../../scripts/bench/lib/month-day.ts';
import { pickTopic } from '../../scripts/bench/lib/pick-topic.ts';

const pool = loadTextPool();
const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);
const TEXT_KINDS = ['report', 'explainer', 'notice', 'brief'] as const;

const draft = (kind: ArticleDraft['kind'], paragraphs: string[]): ArticleDraft => ({
  title: `${kind} ${paragraphs.length}`,
  kind,
  quirks: [],
  header: [[`${kind} ${paragraphs.length}`], ['新华社北京6月18日电']],
  blocks: paragraphs.map((text) => ({ text, role: 'paragraph' })),
  tails: [],
});
const bodyText = (d: ArticleDraft) => d.blocks.map((b) => b.text).join('');

describe('edition generator parts', () => {
  it('writes month and day without leading zeros', () => {
    expect(monthDay('2025-06-08')).toBe('6月8日');
    expect(monthDay('2024-12-25')).toBe('12月25日');
  });

  it('picks an unused topic with enough copy for the kind while fresh ones last', () => {
    for (const kind of TEXT_KINDS) {
      const rng = createRng(3);
      const topics = new Set<Topic>();
      const fits = pool.topics.filter(
        (t) => t.sentences.length >= (kind === 'report' ? 12 : kind === 'explainer' ? 8 : 1),
      );
      for (let i = 0; i < fits.length + 2; i++) {
        const before = new Set(topics);
        const { topic, editorNote } = pickTopic(kind, pool, rng, topics);
        expect(topics.has(topic)).toBe(true);
        if (editorNote) {
          expect(kind).toBe('explainer');
          expect(topic.lead).toMatch(/^【编/);
        } else {
          expect(fits).toContain(topic);
          if (fits.some((t) => !before.has(t))) expect(before.has(topic)).toBe(false);
        }
      }
    }
  });

  it('draws paragraphs without repeating a sentence within an article', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const rng = createRng(seed);
      const topic = rng.pick(pool.topics);
      const used = new Set<string>();
      const drawn = [
        ...drawParagraphs(topic, 4, rng, used),
        ...drawParagraphs(topic, 6, rng, used),
      ];
      const sentences = drawn.flatMap(sentencesOf);
      expect(new Set(sentences).size).toBe(sentences.length);
      for (const s of sentences) expect(used.has(s)).toBe(true);
    }
  });

  it('shapes headlines for their kind, unique within the edition and at most 40 characters', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const rng = createRng(seed);
      const titles = new Set<string>();
      for (const kind of TEXT_KINDS) {
        const topic = rng.pick(pool.topics);
        for (let n = 0; n < 3; n++) {
          const { title, kicker } = makeHeadline(kind, topic, pool, rng, titles, false);
          expect(title.length).toBeLessThanOrEqual(40);
          expect(titles.has(title)).toBe(true);
          if (kind === 'explainer') expect(title.includes('？') || kicker !== null).toBe(true);
          if (kind === 'notice') expect(title).toMatch(/印发通知$|征求意见$|将访华$/);
          if (kind === 'report') expect(title).toContain('，');
        }
      }
      expect(titles.size).toBe(TEXT_KINDS.length * 3);
    }
  });

  it('shortens headlines made of long clauses to 40 characters', () => {
    const long = Array.from({ length: 4 }, (_, i) => `${'长'.repeat(28)}${i}`);
    const topic = { ...pool.topics[0]!, clauses: long };
    const rng = createRng(1);
    const titles = new Set<string>();
    for (const kind of ['report', 'explainer'] as const) {
      const { title } = makeHeadline(kind, topic, { ...pool, clauses: long }, rng, titles, false);
      expect(title.length).toBeLessThanOrEqual(40);
    }
  });

  it('dates datelines on the edition day or the day before, in the wire forms', () => {
    for (const seed of SEEDS) {
      const rng = createRng(seed);
      for (const kind of TEXT_KINDS) {
        const dl = makeDateline(kind, '2025-03-01', rng);
        expect(['2025-03-01', '2025-02-28']).toContain(dl.date);
        if (dl.text === '据新华社电') continue;
        expect(dl.text).toMatch(/^据?新华社\S+?(2月28日|3月1日)电(（记者[^）]+）)?$/);
        expect(dl.text.startsWith(`据新华社`) || dl.text.startsWith('新华社')).toBe(true);
        expect(dl.text).toContain(monthDay(dl.date));
        // Reporters go in the byline when the dateline has a line of its own.
        if (dl.ownLine) expect(dl.text).not.toContain('（记者');
        else expect(dl.byline).toBeNull();
      }
    }
  });

  it('numbers report sections in order, each followed by copy', () => {
    for (const seed of SEEDS.slice(0, 60)) {
      const rng = createRng(seed);
      const topic = pool.topics.find((t) => t.sentences.length >= 12)!;
      const used = new Set<string>();
      const body = draftStoryBody(
        'report',
        pool,
        rng,
        (n) => drawParagraphs(topic, n, rng, used),
        0,
      );
      const headings = body.flatMap((b, i) => (b.role === 'heading' ? [i] : []));
      expect(headings.map((i) => body[i]!.text[0])).toEqual(
        ['一', '二', '三', '四', '五'].slice(0, headings.length),
      );
      for (const i of headings) expect(body[i + 1]?.role).toBe('paragraph');
    }
  });

  it('keeps brief and notice bodies under 1,400 characters with the lead', () => {
    const long = '这是一句足够长的测试用句子，用来把简讯撑到上限。'.repeat(12);
    for (const seed of SEEDS.slice(0, 30)) {
      const body = draftStoryBody('brief', pool, createRng(seed), (n) => Array(n).fill(long), 300);
      expect(300 + body.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(1400);
    }
  });
});

describe('addQuirks', () => {
  const paragraphs = pool.topics.flatMap((t) => t.paragraphs).filter((p) => p.length > 80);
  const edition = (seed: number) => {
    const rng = createRng(seed);
    const drafts = Array.from({ length: 5 }, (_, i) =>
      draft(i === 4 ? 'photo' : 'report', rng.shuffle(paragraphs).slice(0, 5)),
    );
    return { rng, drafts };
  };

  it('records each quirk on its article, never on photos, and loses no text to a page break or jump', () => {
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      const { rng, drafts } = edition(seed);
      const before = drafts.map((d) => structuredClone(d));
      addQuirks(drafts, rng);
      // A photo keeps its own blocks (a jumped rest may still be printed after it).
      expect(drafts[4]!.blocks).toEqual(before[4]!.blocks);
      expect(drafts[4]!.quirks).toEqual([]);
      const jumped = drafts.flatMap((d, i) => (d.quirks.includes('jump') ? [i] : []));
      expect(jumped.length).toBeLessThanOrEqual(1);
      expect(drafts.flatMap((d) => d.tails).length).toBe(jumped.length);
      for (const [i, d] of drafts.entries()) {
        for (const q of d.quirks) seen.add(q);
        expect(d.quirks.includes('jump') && d.quirks.includes('truncated')).toBe(false);
        if (d.quirks.includes('duplicate') || d.quirks.includes('truncated')) continue;
        // A page break or jump cuts a paragraph in two; the jumped rest prints one or two later.
        const host = drafts.findIndex((x) => x.tails.length > 0);
        const rest = d.quirks.includes('jump')
          ? drafts[host]!.tails[0]!.map((b) => b.text).join('')
          : '';
        if (d.quirks.includes('jump')) expect(host - i === 1 || host - i === 2).toBe(true);
        expect(bodyText(d) + rest).toBe(bodyText(before[i]!));
      }
    }
    expect([...seen].sort()).toEqual(['duplicate', 'jump', 'page-break', 'truncated']);
  });

  it('truncates by dropping the end of the copy', () => {
    let truncated = 0;
    for (const seed of SEEDS) {
      const { rng, drafts } = edition(seed);
      const before = drafts.map(bodyText);
      addQuirks(drafts, rng);
      for (const [i, d] of drafts.entries()) {
        if (!d.quirks.includes('truncated') || d.quirks.includes('duplicate')) continue;
        truncated++;
        expect(before[i]!.startsWith(bodyText(d))).toBe(true);
        expect(bodyText(d).length).toBeLessThan(before[i]!.length);
      }
    }
    expect(truncated).toBeGreaterThan(0);
  });
});

describe('layoutEdition', () => {
  const drafts = (): ArticleDraft[] => {
    const a = draft('report', ['第一段。', '第二段。']);
    a.blocks.splice(1, 0, { text: '一、小标题', role: 'heading' });
    const b = draft('photo', []);
    b.blocks = [
      { text: '图片说明。', role: 'caption' },
      { text: '新华社记者 张三 摄', role: 'credit' },
    ];
    b.tails.push([{ text: '接上文。', role: 'paragraph' }]);
    return [a, b];
  };
  const lines = (text: string) => text.split(/\r?\n/).filter((l) => l.trim() !== '');

  it('prints headers, blocks and jumped continuations in order', () => {
    const text = layoutEdition(
      drafts(),
      { tightHeader: false, indent: false, crlf: false },
      createRng(1),
    );
    expect(lines(text)).toEqual([
      'report 2',
      '新华社北京6月18日电',
      '第一段。',
      '一、小标题',
      '第二段。',
      'photo 0',
      '新华社北京6月18日电',
      '图片说明。',
      '新华社记者 张三 摄',
      '接上文。',
    ]);
    expect(text).not.toContain('\r');
  });

  it('indents copy but not headings or credits, and ends lines in CRLF when asked', () => {
    for (const seed of SEEDS.slice(0, 20)) {
      const text = layoutEdition(
        drafts(),
        { tightHeader: false, indent: true, crlf: true },
        createRng(seed),
      );
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
      const printed = lines(text);
      expect(printed).toContain('\u3000\u3000第一段。');
      expect(printed).toContain('\u3000\u3000图片说明。');
      expect(printed).toContain('一、小标题');
      expect(printed).toContain('新华社记者 张三 摄');
    }
  });

  it('keeps header lines together when the header is tight', () => {
    for (const seed of SEEDS.slice(0, 20)) {
      const text = layoutEdition(
        drafts(),
        { tightHeader: true, indent: false, crlf: false },
        createRng(seed),
      );
      expect(text).toContain('report 2\n新华社北京6月18日电\n');
    }
  });
});
