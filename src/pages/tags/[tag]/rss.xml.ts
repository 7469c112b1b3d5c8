import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFeedItems } from '../../../utils/build-feed-items.ts';
import { countTags } from '../../../utils/count-tags.ts';
import { getSortedArticles } from '../../../utils/get-sorted-articles.ts';
import { withBase } from '../../../utils/with-base.ts';
import { SITE_META } from '../../../utils/site-meta.ts';

/** One feed per tag. */
export const getStaticPaths = (async () => {
  const articles = await getSortedArticles();
  return countTags(articles).map(({ tag }) => ({ params: { tag }, props: { tag } }));
}) satisfies GetStaticPaths;

/** `/tags/<tag>/rss.xml`: the tag's articles, newest first, with full text. */
export const GET: APIRoute = async ({ props, site }) => {
  const tag = String(props.tag);
  const articles = (await getSortedArticles()).filter((a) => a.data.tags.includes(tag));
  return rss({
    title: SITE_META.title + ' · ' + tag,
    description: '新闻摘要中带有“' + tag + '”标签的文章。',
    // The channel link is the site's home, base included; item links already carry the base.
    site: new URL(withBase('/'), site ?? 'https://example.org').href,
    items: buildFeedItems(articles),
    customData: '<language>zh-cn</language>',
  });
};
