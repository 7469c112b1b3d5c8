import type { Kind } from '../../../src/schemas/article.ts';
import type { TextPool, Topic } from './build-text-pool.ts';
import type { Rng } from './create-rng.ts';

// Sentences a topic needs before a long kind can draw its copy from it.
const MIN_SENTENCES: Partial<Record<Kind, number>> = { report: 12, explainer: 8 };

/**
 * The topic a text story draws its copy from, added to the edition's `topics`. `editorNote` is
 * true when it is the story behind an editor's note (`【编前语】`), which makes an explainer.
 */
export function pickTopic(
  kind: Exclude<Kind, 'photo'>,
  pool: TextPool,
  rng: Rng,
  topics: Set<Topic>,
): { topic: Topic; editorNote: boolean } {
  // An editor's note comes with its own story, once an edition (printed twice, the splitter rightly
  // drops the second as a duplicate).
  const note = pool.topics.find((t) => t.lead?.startsWith('【编'));
  const noted =
    kind === 'explainer' && note !== undefined && !topics.has(note) && rng.chance(0.2)
      ? note
      : undefined;
  // Long kinds need copy to draw on, so they take topics with enough sentences, weighted by size.
  // Two stories from one topic in an edition share vocabulary, which confuses jump stitching more
  // than real editions do, so an edition uses each topic once while it has fresh ones.
  const fits = pool.topics.filter((t) => t.sentences.length >= (MIN_SENTENCES[kind] ?? 1));
  const fresh = fits.filter((t) => !topics.has(t));
  const choices = fresh.length > 0 ? fresh : fits;
  const topic =
    noted ??
    (kind === 'report' || kind === 'explainer'
      ? rng.weighted(choices.map((t) => [t, t.sentences.length] as const))
      : rng.pick(choices));
  topics.add(topic);
  return { topic, editorNote: noted !== undefined };
}
