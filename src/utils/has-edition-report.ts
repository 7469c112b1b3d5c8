import { existsSync } from 'node:fs';
import { getContentUrl } from './get-content-url.ts';

// Asked for every source line link of every article page (a second of file checks at 20,000
// articles), so a build checks each edition once; `astro dev` checks every time, since an edition
// split while it runs gains its report.
const known = new Map<string, boolean>();

/** True when the edition has a split report, and so an editor's source page. */
export function hasEditionReport(edition: string): boolean {
  let has = import.meta.env.PROD ? known.get(edition) : undefined;
  if (has === undefined) {
    has = existsSync(getContentUrl('reports/' + edition + '.json'));
    if (import.meta.env.PROD) known.set(edition, has);
  }
  return has;
}
