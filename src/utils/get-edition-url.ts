import { withBase } from './with-base.ts';

/** URL of an edition page, optionally pointing at a source line (`#L<line>`). */
export function getEditionUrl(edition: string, line?: number): string {
  return withBase('editions/' + edition + '/') + (line ? '#L' + line : '');
}
