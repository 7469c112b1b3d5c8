import type { Kind } from '../../../src/schemas/article.ts';
import type { Block } from './article-draft.ts';
import type { TextPool } from './build-text-pool.ts';
import type { Rng } from './create-rng.ts';

const NUMERALS = ['一', '二', '三', '四', '五'];

/**
 * The body after a text story's lead, shaped for its kind: a report in `一、` sections, an explainer
 * (sometimes with unnumbered headings), or a few paragraphs for a notice or brief. `paragraphs(n)`
 * draws up to n paragraphs of the story's copy; `leadLength` is the lead's length in characters.
 */
export function draftStoryBody(
  kind: Exclude<Kind, 'photo'>,
  pool: TextPool,
  rng: Rng,
  paragraphs: (n: number) => string[],
  leadLength: number,
): Block[] {
  const para = (text: string): Block => ({ text, role: 'paragraph' });
  if (kind === 'report') {
    // Draw the copy first, then spread the sections over it: a small topic runs out of sentences,
    // and a heading without copy after it is no heading.
    const wanted = rng.int(2, 4);
    const body = paragraphs(rng.int(0, 2) + wanted * rng.int(3, 6)).map(para);
    const headings = rng
      .shuffle(sectionHeadings(pool, rng))
      .slice(0, Math.min(wanted, body.length));
    const preface = Math.min(rng.int(0, 2), body.length - headings.length);
    const rest = body.length - preface;
    for (let i = headings.length - 1; i >= 0; i--) {
      const at = preface + Math.floor((i * rest) / headings.length);
      body.splice(at, 0, { text: `${NUMERALS[i]}、${headings[i]}`, role: 'heading' });
    }
    return body;
  }
  if (kind === 'explainer') {
    const body = paragraphs(rng.int(4, 12)).map(para);
    // Some explainers carry unnumbered section headings, each with copy before and after it.
    if (body.length >= 4 && rng.chance(0.35)) {
      const [h1, h2] = rng.shuffle(pool.headings.filter((h) => h.length <= 30));
      if (h1 && h2) {
        body.splice(Math.floor(body.length / 2), 0, { text: h2, role: 'heading' });
        body.splice(1, 0, { text: h1, role: 'heading' });
      }
    }
    return body;
  }
  // A domestic brief of 1,800 characters or more would read as a report; keep short kinds short.
  const body: Block[] = [];
  let length = leadLength;
  for (const text of paragraphs(rng.int(1, 5))) {
    if ((length += text.length) > 1400) break;
    body.push(para(text));
  }
  return body;
}

/** Section headings: the samples' own, and pairs of neutral clauses in the same shape. */
function sectionHeadings(pool: TextPool, rng: Rng): string[] {
  const out = new Set(pool.headings);
  for (let i = 0; i < 6; i++) {
    const [a, b] = rng.shuffle(pool.clauses.filter((c) => c.length <= 14));
    if (a && b) out.add(`${a}，${b}`);
  }
  return [...out].filter((h) => h.length <= 36);
}
