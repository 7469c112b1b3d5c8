import type { SourceMarkKind } from './annotate-source-lines.ts';

/**
 * What each mark on the editor's source page says: a short label, the words before the linked
 * line (if the mark points at one), and what the mark means, for the legend.
 */
export const SOURCE_MARK_TEXT: Record<
  SourceMarkKind,
  { label: string; note: string; meaning: string }
> = {
  break: {
    label: '分页断开',
    note: '续接',
    meaning: '段落在行末因分页断开，已与后面的行接成一段。',
  },
  joined: { label: '分页接续', note: '承接', meaning: '接在分页断开的上一段之后。' },
  jump: { label: '转版', note: '续文见', meaning: '稿件在此中断，续文刊于后面，已接续。' },
  resume: { label: '转版续文', note: '承接', meaning: '转版稿件的续文，已接回原稿。' },
  dropped: { label: '重复删去', note: '保留的是', meaning: '重复刊印的段落，此处删去。' },
  kept: { label: '重复保留', note: '删去的是', meaning: '重复刊印的段落，保留此处。' },
  fragment: {
    label: '残段',
    note: '段首残缺，无处接续，原样保留',
    meaning: '段首残缺又无处可接的段落。',
  },
  truncated: {
    label: '截断',
    note: '原文至此中断，未找到续文',
    meaning: '稿件在句中结束，没有续文。',
  },
  unassigned: {
    label: '标题前',
    note: '首条标题之前，不属于任何稿件',
    meaning: '第一个标题之前的行。',
  },
  unpublished: {
    label: '未发布',
    note: '不在任何已发布的稿件中',
    meaning: '不属于任何已发布稿件的文字，例如被隐藏的稿件。',
  },
  warning: { label: '注意', note: '', meaning: '拆分程序提醒编辑留意之处。' },
};
