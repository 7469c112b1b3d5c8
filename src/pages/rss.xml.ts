import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { buildFeedItems } from '../utils/build-feed-items.ts';
import { getSortedArticles } from '../utils/get-sorted-articles.ts';
import { withBase } from '../utils/with-base.ts';
import { SITE_META } from '../utils/site-meta.ts';

/** `/rss.xml`: every article, newest edition first, with full text. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE_META.title,
    description: SITE_META.description,
    // The channel link is the site's home, base included; item links already carry the base.
    site: new URL(withBase('/'), site ?? 'https://example.org').href,
    items: buildFeedItems(await getSortedArticles()),
    customData: '<language>zh-cn</language>',
  });
