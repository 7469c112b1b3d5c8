import type { Kind } from '../../../src/schemas/article.ts';
import type { Rng } from './create-rng.ts';
import { monthDay } from './month-day.ts';
import { addDays } from './shift-dates.ts';
import { makeName, WIRE_LEXICON } from './wire-lexicon.ts';

/** A story's dateline, and where it prints. */
export interface Dateline {
  text: string;
  /** The story's date: the edition's, or the day before. */
  date: string;
  /** True when the dateline is a line of its own (the lead follows as a paragraph). */
  ownLine: boolean;
  /** A `新华社记者` line printed under a dateline on its own line, or null. */
  byline: string | null;
}

/** A dateline in one of the forms wire copy uses, with the story's date (the edition's or the day before). */
export function makeDateline(kind: Exclude<Kind, 'photo'>, edition: string, rng: Rng): Dateline {
  const foreign = kind === 'brief' && rng.chance(0.6);
  const date = addDays(edition, rng.chance(foreign ? 0.65 : 0.25) ? -1 : 0);
  const ju = rng.chance(0.35) ? '据' : '';
  // `据新华社电`: no place and no date.
  if ((kind === 'notice' || kind === 'brief') && !foreign && rng.chance(0.15))
    return { text: '据新华社电', date: edition, ownLine: false, byline: null };
  const places = foreign
    ? rng.chance(0.2)
      ? rng.pick(WIRE_LEXICON.foreignPairs).join('/')
      : rng.pick(WIRE_LEXICON.foreign)
    : rng.pick(WIRE_LEXICON.domestic);
  const names = [makeName(rng), ...(rng.chance(0.4) ? [makeName(rng)] : [])];
  const reporters = rng.chance(0.35) ? `（记者${names.join(' ')}）` : '';
  const ownLine = rng.chance(kind === 'explainer' ? 0.7 : kind === 'report' ? 0.25 : 0.05);
  const text = `${ju}新华社${places}${monthDay(date)}电${ownLine ? '' : reporters}`;
  const byline =
    ownLine && rng.chance(kind === 'explainer' ? 0.7 : 0.3)
      ? rng.pick(['新华社记者', `新华社记者 ${names.join(' ')}`])
      : null;
  return { text, date, ownLine, byline };
}
