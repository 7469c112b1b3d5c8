import type { Kind } from '../schemas/article.ts';

/** What the kind rules look at in an article. */
export interface KindFeatures {
  title: string;
  kicker: string | null;
  /** Whether the article has a dateline. */
  hasDateline: boolean;
  /** Whether a photo credit was found. */
  hasCredit: boolean;
  /** Section headings, and how many of them carry print numbering (`一、`). */
  headings: number;
  numberedHeadings: number;
  /** Dateline places, and whether any of them is outside China. */
  foreignDateline: boolean;
  /** The first paragraph and the length of the whole body in characters. */
  lead: string;
  bodyLength: number;
}

/** One row of the kind table: the first row whose conditions all hold decides the kind. */
export interface KindRule {
  /** Stable name, shown in the split report. */
  id: string;
  kind: Kind;
  /** Conditions; every one given must hold. */
  when: {
    credit?: boolean;
    dateline?: boolean;
    /** Pattern tested against the title and the kicker. */
    headline?: RegExp;
    lead?: RegExp;
    minNumberedHeadings?: number;
    minHeadings?: number;
    foreignDateline?: boolean;
    minBodyLength?: number;
  };
}

/** The kind table, in order of precedence. Editors tune kinds here, not in the splitter's code. */
export const KIND_RULES: readonly KindRule[] = [
  { id: 'photo-credit', kind: 'photo', when: { credit: true, dateline: false } },
  { id: 'numbered-sections', kind: 'report', when: { minNumberedHeadings: 2 } },
  { id: 'question-headline', kind: 'explainer', when: { headline: /[？?]/ } },
  {
    id: 'explainer-words',
    kind: 'explainer',
    when: {
      headline:
        /热点追踪|追踪|解读|释疑|答问|问答|读懂|划重点|怎么看|怎么办|为何|为什么|如何|谈了啥|一图看懂|权威发布/,
    },
  },
  { id: 'editor-note', kind: 'explainer', when: { lead: /^【编[者前]/ } },
  {
    id: 'official-notice',
    kind: 'notice',
    when: {
      headline:
        /通知|通告|公告|征求意见|意见稿|印发|办法|条例|规定|细则|名单|将访华|将访问|将出席|将应邀|将举行|将召开|将于/,
    },
  },
  { id: 'foreign-dateline', kind: 'brief', when: { foreignDateline: true } },
  { id: 'sections', kind: 'report', when: { minHeadings: 2 } },
  { id: 'long-text', kind: 'report', when: { minBodyLength: 1800 } },
  { id: 'default', kind: 'brief', when: {} },
];

function holds(rule: KindRule, f: KindFeatures): boolean {
  const w = rule.when;
  return (
    (w.credit === undefined || w.credit === f.hasCredit) &&
    (w.dateline === undefined || w.dateline === f.hasDateline) &&
    (w.headline === undefined || w.headline.test(`${f.title}\n${f.kicker ?? ''}`)) &&
    (w.lead === undefined || w.lead.test(f.lead)) &&
    (w.minNumberedHeadings === undefined || f.numberedHeadings >= w.minNumberedHeadings) &&
    (w.minHeadings === undefined || f.headings >= w.minHeadings) &&
    (w.foreignDateline === undefined || w.foreignDateline === f.foreignDateline) &&
    (w.minBodyLength === undefined || f.bodyLength >= w.minBodyLength)
  );
}

/** Pick an article's kind with the first rule of the table that holds; returns the rule too. */
export function chooseKind(
  features: KindFeatures,
  rules: readonly KindRule[] = KIND_RULES,
): { kind: Kind; rule: string } {
  const rule = rules.find((r) => holds(r, features)) ?? rules.at(-1)!;
  return { kind: rule.kind, rule: rule.id };
}
