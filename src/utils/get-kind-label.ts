import type { Kind } from '../schemas/article.ts';

/** Chinese names of the five kinds, in the order the front page groups them. */
export const KIND_LABELS: Record<Kind, string> = {
  report: '报道',
  explainer: '解读',
  notice: '公告',
  brief: '简讯',
  photo: '图片',
};

/** The Chinese name of an article kind, e.g. `photo` → `图片`. */
export function getKindLabel(kind: Kind): string {
  return KIND_LABELS[kind];
}
