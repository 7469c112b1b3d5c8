import { existsSync } from 'node:fs';
import { getContentUrl } from './get-content-url.ts';

/** True when the edition has a split report, and so an editor's source page. */
export function hasEditionReport(edition: string): boolean {
  return existsSync(getContentUrl('reports/' + edition + '.json'));
}
