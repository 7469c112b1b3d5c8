/** One server-side redirect: both paths already carry the base. */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * A `_redirects` file (Netlify and Cloudflare Pages syntax) of permanent redirects. `force` writes
 * Netlify's `301!`: Netlify serves an existing file rather than apply a rule unless it is forced,
 * and every old URL has a file (its meta-refresh page). Cloudflare always applies the rules and
 * rejects `301!`, so it gets the plain code.
 */
export function formatRedirectsFile(redirects: Redirect[], force = false): string {
  const status = force ? '301!' : '301';
  const rules = redirects.map(
    ({ from, to }) => encodeURI(from) + ' ' + encodeURI(to) + ' ' + status,
  );
  return [
    '# Old article URLs → current ones, from content/bulletins/*.urls.json',
    ...rules,
    '',
  ].join('\n');
}
