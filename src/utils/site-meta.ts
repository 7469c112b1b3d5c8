/** Site-wide names and blurbs; kept in one place so titles, feeds and JSON-LD agree. */
export const SITE_META = {
  title: '新闻摘要',
  tagline: '每日电讯，逐篇整理',
  description:
    '新闻摘要：把每日新华社电讯稿拆分为报道、解读、公告、简讯与图片，逐篇整理，附标签与检索。',
} as const;
