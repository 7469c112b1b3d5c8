import type { APIRoute } from 'astro';
import { withBase } from '../utils/with-base.ts';

/** `/robots.txt`, generated so the sitemap URL carries the deployed site and base. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('sitemap-index.xml'), site ?? 'https://example.org').href;
  return new Response('User-agent: *\nAllow: /\n\nSitemap: ' + sitemap + '\n', {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
