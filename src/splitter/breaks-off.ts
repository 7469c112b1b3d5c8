import { endsSentence } from './ends-sentence.ts';
import { isListRow } from './find-signature.ts';
import { parseCredit } from './parse-credit.ts';

// A newspaper marks a jump where it happens: `（下转第二版）` at the break, `（上接第一版）` where the
// text resumes.
const JUMP_OUT = /[（(]\s*(?:下转|转第|转下)[^）)]{0,8}[）)]$/;
// An item of a list: `（一）`, `一、`, `1.`, `第一，`, `——`.
const LIST_ITEM =
  /^(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]|[0-9]{1,2}[.．、]|第[一二三四五六七八九十]+[，,、]|——)/;
const JUMP_IN = /^[（(]\s*(?:上接|接第|接上)[^）)]{0,8}[）)]/;

/**
 * True when a paragraph breaks off: it stops mid-sentence (not at a stop, a credit or a row of a
 * list) or at a semicolon outside a list, or says it goes on elsewhere (`（下转第二版）`).
 */
export function breaksOff(text: string): boolean {
  if (JUMP_OUT.test(text)) return true;
  // A paragraph of prose never ends at a semicolon; an item of a list (`（三）…；`) may.
  if (/[；;]$/.test(text) && !LIST_ITEM.test(text)) return true;
  return !endsSentence(text) && parseCredit(text) === null && !isListRow(text);
}

/** True when a paragraph says it resumes text printed elsewhere (`（上接第一版）…`). */
export function resumesJump(text: string): boolean {
  return JUMP_IN.test(text);
}
