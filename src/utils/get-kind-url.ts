import type { Kind } from '../schemas/article.ts';
import { withBase } from './with-base.ts';

/** URL of a kind's listing, `<base>kinds/<kind>/` (or `<kind>/<page>/` past page 1). */
export function getKindUrl(kind: Kind, page = 1): string {
  const rest = page > 1 ? page + '/' : '';
  return withBase('kinds/' + kind + '/' + rest);
}
