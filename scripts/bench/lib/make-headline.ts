import type { Kind } from '../../../src/schemas/article.ts';
import { isNeutral, type TextPool, type Topic } from './build-text-pool.ts';
import type { Rng } from './create-rng.ts';
import { WIRE_LEXICON } from './wire-lexicon.ts';

// The splitter's headline limit is 64; real headlines stay well under it.
const MAX_TITLE = 40;

/**
 * A headline unique within the edition (added to `titles`), shaped so the kind table gives the
 * intended kind, made mostly from the story's own headline clauses so headline and copy share their
 * vocabulary. `editorNote`: the story behind an editor's note, whose note alone makes it an explainer.
 */
export function makeHeadline(
  kind: Exclude<Kind, 'photo'>,
  topic: Topic,
  pool: TextPool,
  rng: Rng,
  titles: Set<string>,
  editorNote: boolean,
): { title: string; kicker: string | null } {
  const own = topic.clauses.length > 0 ? topic.clauses : pool.clauses;
  for (let tries = 0; ; tries++) {
    const a = rng.pick(own);
    let b = rng.pick(rng.chance(0.6) ? own : pool.clauses);
    if (b === a) b = rng.pick(pool.clauses.filter((c) => c !== a));
    const two = rng.pick([`${a}，${b}`, `${a} ${b}`]);
    const ownKicker = topic.kicker !== null && isNeutral(topic.kicker) ? topic.kicker : null;
    let title: string;
    let kicker: string | null = null;
    if (kind === 'report') {
      title = `${a}，${b}`;
      if (rng.chance(0.6)) kicker = ownKicker;
    } else if (kind === 'explainer') {
      const form = editorNote ? 4 : rng.int(0, 3);
      if (form === 0) title = `${a}？${b}`;
      else if (form === 1) title = `${a}？`;
      else if (form === 2) title = `${a}，${b}？`;
      else if (form === 3) {
        title = two;
        kicker = `${rng.pick(own)}${rng.pick(['热点追踪', '权威解读', '答问'])}`;
      } else title = `${a}，${b}`;
    } else if (kind === 'notice') {
      const organ = rng.pick(WIRE_LEXICON.organs);
      const form = rng.int(0, 2);
      if (form === 0) {
        title = `${organ}印发通知`;
        kicker = a;
      } else if (form === 1) title = `${organ}就${a}征求意见`;
      else {
        const who = rng.shuffle(WIRE_LEXICON.countries).slice(0, rng.int(1, 3)).join('、');
        title = `${who}${rng.pick(['外长', '总统', '总理'])}将访华`;
      }
    } else {
      title = rng.pick([a, a, two]);
      if (rng.chance(0.1)) kicker = ownKicker;
    }
    // After many clashes (a tiny pool), a place name keeps the headline unique.
    if (tries > 40) title = `${title.slice(0, MAX_TITLE - 6)} ${rng.pick(WIRE_LEXICON.domestic)}`;
    if (title.length <= MAX_TITLE && !titles.has(title)) {
      titles.add(title);
      return { title, kicker };
    }
  }
}
