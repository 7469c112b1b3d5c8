import { startsMidSentence } from './ends-sentence.ts';
import { opensDocument } from './find-signature.ts';
import { isNumberedHeading } from './join-page-breaks.ts';
import { parseCredit } from './parse-credit.ts';
import { parseByline, parseDateline } from './parse-dateline.ts';

// Longest headline we accept; double headlines with a space inside run to about 40 characters.
const MAX_HEADLINE = 64;

/** True when a line could be a headline by its shape alone. */
export function looksLikeHeadline(text: string): boolean {
  return (
    text.length <= MAX_HEADLINE &&
    !/[。；;：:，,、]$/.test(text) &&
    !text.includes('。') &&
    !text.startsWith('——') &&
    !isNumberedHeading(text) &&
    !startsMidSentence(text) &&
    !opensDocument(text) &&
    parseDateline(text) === null &&
    parseByline(text) === null &&
    parseCredit(text) === null
  );
}
