import type { ArticleDraft, Block } from './article-draft.ts';
import type { TextPool } from './build-text-pool.ts';
import type { Rng } from './create-rng.ts';
import { monthDay } from './month-day.ts';
import { addDays, shiftDates } from './shift-dates.ts';
import { varyNumbers } from './vary-numbers.ts';
import { makeName, WIRE_LEXICON } from './wire-lexicon.ts';

/**
 * A photo: a place and a subject for headline (unique within the edition, added to `titles`), one
 * to three captions and a credit.
 */
export function makePhoto(
  pool: TextPool,
  edition: string,
  rng: Rng,
  titles: Set<string>,
): ArticleDraft {
  const topic = rng.pick(pool.photos);
  const date = addDays(edition, rng.chance(0.5) ? -1 : 0);
  let place = '';
  let title = '';
  for (let tries = 0; title === '' || titles.has(title); tries++) {
    place = rng.pick(WIRE_LEXICON.domestic);
    const subject = rng.chance(0.7)
      ? topic.subject
      : rng.pick(pool.clauses.filter((c) => c.length >= 5 && c.length <= 12));
    title = `${place}${rng.pick(['', '：'])}${subject}`;
    if (tries > 40) title += ` ${rng.int(2, 99)}`;
  }
  titles.add(title);
  const relocate = (text: string) =>
    [topic.placeText, ...topic.places]
      .filter(Boolean)
      .reduce((t, p) => t.split(p).join(place), text);
  const captions = topic.paragraphs
    .slice(0, rng.int(1, topic.paragraphs.length))
    .map((c) => varyNumbers(relocate(shiftDates(c, topic.date, date)), rng));
  if (rng.chance(0.4)) captions.unshift(`这是${monthDay(date)}在${place}拍摄的${topic.subject}。`);
  const shot = [makeName(rng), ...(rng.chance(0.15) ? [makeName(rng)] : [])].join('、');
  const blocks: Block[] = captions.slice(0, 3).map((text) => ({ text, role: 'caption' }));
  const last = blocks.at(-1)!;
  if (rng.chance(0.5)) last.text += `（新华社记者 ${shot} 摄）`;
  else
    blocks.push({
      text: rng.chance(0.8) ? `新华社记者 ${shot} 摄` : `新华社发（${shot} 摄）`,
      role: 'credit',
    });
  return { title, kind: 'photo', quirks: [], header: [[title]], blocks, tails: [] };
}
