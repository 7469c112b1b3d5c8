import type { Kind } from '../schemas/article.ts';

/** What the kind rules look at in an article. */
export interface KindFeatures {
  title: string;
  overline: string | null;
  kicker: string | null;
  /** Whether the article has a dateline, and a byline line of its own. */
  hasDateline: boolean;
  hasByline: boolean;
  /** Whether a photo credit was found. */
  hasCredit: boolean;
  /** Section headings, and how many of them carry print numbering (`一、`). */
  headings: number;
  numberedHeadings: number;
  /** Dateline places, and whether any of them is outside China. */
  foreignDateline: boolean;
  /** The first paragraph, every paragraph, and the length of the whole body in characters. */
  lead: string;
  paragraphs: readonly string[];
  bodyLength: number;
  /** The signature block that closes the article (`国务院办公厅` / `2019年6月18日`), if any. */
  signature: readonly string[];
}

/** One row of the kind table: when all its conditions hold, its weight counts for its kind. */
export interface KindRule {
  /** Stable name, shown in the split report. */
  id: string;
  kind: Kind;
  /** How much this evidence counts. */
  weight: number;
  /** Conditions; every one given must hold. */
  when: {
    credit?: boolean;
    dateline?: boolean;
    byline?: boolean;
    /** Pattern tested against the overline, the title and the kicker. */
    headline?: RegExp;
    lead?: RegExp;
    /** Pattern some paragraph must match (`问：`). */
    paragraph?: RegExp;
    /** Pattern some line of the signature block must match. */
    signature?: RegExp;
    minNumberedHeadings?: number;
    minHeadings?: number;
    foreignDateline?: boolean;
    minBodyLength?: number;
    maxBodyLength?: number;
    minParagraphs?: number;
    maxParagraphs?: number;
  };
}

/**
 * The kind table. Each row is a piece of evidence with a weight; an article gets the kind whose
 * rows weigh most (a tie goes to the kind whose first row comes first), or `brief` when no row
 * holds. Editors tune kinds here, not in the splitter's code.
 */
export const KIND_RULES: readonly KindRule[] = [
  // A credit under a byline line is a feature's picture; a photo item has no byline of its own.
  {
    id: 'photo-credit',
    kind: 'photo',
    weight: 6,
    when: { credit: true, dateline: false, byline: false },
  },
  {
    id: 'document-title',
    kind: 'notice',
    weight: 7,
    when: {
      headline:
        /^[^，,《]{0,30}关于.{2,60}的(?:通知|意见|决定|办法|通告|公告|批复|规划|方案|复函)$/m,
    },
  },
  { id: 'dated-signature', kind: 'notice', weight: 4, when: { signature: /日$/ } },
  {
    id: 'document-number',
    kind: 'notice',
    weight: 4,
    when: { paragraph: /^[\u4e00-\u9fa5]{1,8}[〔［[][0-9]{4}[〕］\]][0-9]+号/ },
  },
  { id: 'commentator', kind: 'report', weight: 4, when: { signature: /评论员|评论部|编辑部/ } },
  {
    id: 'commentary-column',
    kind: 'report',
    weight: 4,
    when: { headline: /（[^（）]*(?:时评|评论|社论|短评|观察|述评)[^（）]*）$|^——?论/m },
  },
  {
    id: 'column-without-dateline',
    kind: 'report',
    weight: 4,
    when: { dateline: false, credit: false, headline: /（[\u4e00-\u9fa5·0-9]{2,16}）$/m },
  },
  { id: 'addressee', kind: 'notice', weight: 3, when: { paragraph: /^各[^。]{4,80}[：:]$/ } },
  {
    id: 'future-event',
    kind: 'brief',
    weight: 4,
    when: { headline: /将于|将(?:在|同|与)?[^，,。访]{0,14}?(?:举行|召开|举办|开幕|启动)/ },
  },
  {
    id: 'visit-announcement',
    kind: 'notice',
    weight: 5,
    when: { headline: /将(?:对|赴)?[^，,。]{0,16}?(?:访华|访问|出席|应邀)|将赴|应邀.{0,12}访/ },
  },
  { id: 'question-headline', kind: 'explainer', weight: 3, when: { headline: /[？?]/ } },
  {
    id: 'explainer-words',
    kind: 'explainer',
    weight: 3,
    when: {
      headline:
        /热点追踪|解读|释疑|答问|问答|读懂|划重点|怎么看|怎么办|为何|为什么|如何|谈了啥|一图看懂|答记者问|专家详解/,
    },
  },
  { id: 'question-answer', kind: 'explainer', weight: 3, when: { paragraph: /^(?:问|记者)[：:]/ } },
  { id: 'editor-note', kind: 'explainer', weight: 2, when: { lead: /^【编[者前]/ } },
  {
    id: 'official-words',
    kind: 'notice',
    weight: 2,
    when: {
      headline: /通知|通告|公告|征求意见|意见稿|印发|办法|条例|规定|细则|名单|任免|决定/,
    },
  },
  {
    id: 'meeting-headline',
    kind: 'report',
    weight: 3,
    when: {
      headline:
        /会议|会见|会谈|会晤|召开|举行|发布会|峰会|论坛|座谈|调研|考察|出席|主持|讲话|致辞|通电话|通话|开幕|闭幕|回答.{0,12}提问|答中外记者问/,
    },
  },
  {
    id: 'press-conference-lead',
    kind: 'report',
    weight: 2,
    when: { lead: /新闻发布会|记者会|吹风会|发布会上/ },
  },
  {
    id: 'meeting-lead',
    kind: 'report',
    weight: 1,
    when: { lead: /主持召开|召开|会见|会谈|出席|讲话|新闻发布会|举行/ },
  },
  {
    id: 'several-paragraphs',
    kind: 'report',
    weight: 2,
    when: { dateline: true, foreignDateline: false, minParagraphs: 4 },
  },
  { id: 'feature-byline', kind: 'report', weight: 2, when: { byline: true, dateline: false } },
  {
    id: 'long-undated-text',
    kind: 'report',
    weight: 2,
    when: { dateline: false, credit: false, minBodyLength: 600 },
  },
  { id: 'numbered-sections', kind: 'report', weight: 1, when: { minNumberedHeadings: 2 } },
  { id: 'sections', kind: 'report', weight: 2, when: { minHeadings: 2 } },
  { id: 'long-text', kind: 'report', weight: 2, when: { minBodyLength: 1800 } },
  { id: 'foreign-dateline', kind: 'brief', weight: 1, when: { foreignDateline: true } },
  { id: 'short-text', kind: 'brief', weight: 1, when: { maxBodyLength: 600 } },
  { id: 'few-paragraphs', kind: 'brief', weight: 1, when: { maxParagraphs: 3 } },
];
