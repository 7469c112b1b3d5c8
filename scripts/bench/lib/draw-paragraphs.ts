import { sentencesOf, type Topic } from './build-text-pool.ts';
import type { Rng } from './create-rng.ts';

/**
 * Up to `n` paragraphs of the topic's copy: whole paragraphs, or runs of its sentences, none of
 * them repeated within one article. `used` holds the article's sentences so far and is added to.
 */
export function drawParagraphs(topic: Topic, n: number, rng: Rng, used: Set<string>): string[] {
  const out: string[] = [];
  let cursor = rng.int(0, Math.max(0, topic.paragraphs.length - 1));
  for (let tries = 0; out.length < n && tries < n * 4; tries++) {
    let sentences: string[];
    if (topic.paragraphs.length > 0 && rng.chance(0.5)) {
      sentences = sentencesOf(topic.paragraphs[cursor++ % topic.paragraphs.length]!);
    } else {
      // A run of consecutive sentences not yet printed in this article.
      const start = rng.int(0, topic.sentences.length - 1);
      const run = topic.sentences.slice(start, start + rng.int(1, 4));
      const stop = run.findIndex((s) => used.has(s));
      sentences = stop === -1 ? run : run.slice(0, stop);
    }
    // Real copy does not repeat itself; a repeated sentence would also draw splitter warnings.
    if (sentences.length === 0 || sentences.some((s) => used.has(s))) continue;
    for (const s of sentences) used.add(s);
    out.push(sentences.join(''));
  }
  return out;
}
