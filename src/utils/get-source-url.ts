import { getEditionUrl } from './get-edition-url.ts';
import { hasEditionReport } from './has-edition-report.ts';
import { withBase } from './with-base.ts';

/**
 * URL of a bulletin line: on the editor's source page (`editions/<date>/source/#L<line>`) when the
 * edition has a split report, else on the edition page, which carries `#L<start>` anchors too.
 */
export function getSourceUrl(edition: string, line?: number): string {
  if (!hasEditionReport(edition)) return getEditionUrl(edition, line);
  return withBase('editions/' + edition + '/source/') + (line ? '#L' + line : '');
}
