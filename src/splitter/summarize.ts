import { splitSentences } from './ends-sentence.ts';

/** Longest summary, in characters. */
export const MAX_SUMMARY = 120;

/** The first sentence or two of a paragraph, at most 120 characters, cut with an ellipsis if it must be. */
export function summarize(paragraph: string): string {
  const sentences = splitSentences(paragraph);
  let out = sentences[0] ?? paragraph;
  if (sentences[1] && out.length + sentences[1].length <= MAX_SUMMARY) out += sentences[1];
  const chars = [...out.trim()];
  return chars.length <= MAX_SUMMARY
    ? chars.join('')
    : `${chars.slice(0, MAX_SUMMARY - 1).join('')}…`;
}
