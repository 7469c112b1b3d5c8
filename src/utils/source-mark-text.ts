import type { DoubtType, SourceMarkKind } from './annotate-source-lines.ts';

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
  doubt: {
    label: '需核对',
    note: '',
    meaning: '拆分程序依据不足的判断，请先核对这些地方。',
  },
  control: {
    label: '控制',
    note: '',
    meaning: '编辑在改正文件（overrides 的 lines）中为这一行作的指定，拆分时已照办。',
  },
};

/** What each kind of doubtful decision was, in the source page's words. */
export const DOUBT_TYPE_TEXT: Record<DoubtType, string> = {
  'headline-without-dateline': '无电头的标题',
  overline: '引题',
  'weak-kind': '体裁依据不足',
  'narrow-stitch': '转版接续依据不足',
  'unresolved-continuation': '续文未定',
};
