import process from 'node:process';
import type { APIRoute, GetStaticPaths } from 'astro';
import { formatRedirectsFile } from '../utils/format-redirects-file.ts';
import { getArticleUrl } from '../utils/get-article-url.ts';
import { getSortedArticles } from '../utils/get-sorted-articles.ts';
import { listMovedArticles } from '../utils/list-moved-articles.ts';
import { loadUrlRegistries } from '../utils/load-url-registries.ts';
import { withBase } from '../utils/with-base.ts';

/** The one path, `_redirects`: Astro skips page files whose names start with `_`. */
export const getStaticPaths = (() => [
  { params: { redirects: '_redirects' } },
]) satisfies GetStaticPaths;

/** `/_redirects`: a 301 from every old article URL to the current one (Netlify, Cloudflare Pages). */
export const GET: APIRoute = async () => {
  const moved = listMovedArticles(await getSortedArticles(), await loadUrlRegistries());
  const redirects = moved.map(({ edition, slug, article }) => ({
    from: withBase('articles/' + edition + '/' + slug + '/'),
    to: getArticleUrl(article),
  }));
  // Netlify's build sets NETLIFY=true; only Netlify needs (and only Netlify accepts) forced rules.
  const body = formatRedirectsFile(redirects, process.env.NETLIFY === 'true');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
