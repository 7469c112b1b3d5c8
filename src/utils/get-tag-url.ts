import { withBase } from './with-base.ts';

/** URL of a tag's listing (page 1 unless `page` is given), the tag itself URL-encoded as the path segment. */
export function getTagUrl(tag: string, page = 1): string {
  const rest = page > 1 ? page + '/' : '';
  return withBase('tags/' + encodeURIComponent(tag) + '/' + rest);
}
