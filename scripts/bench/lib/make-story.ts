import type { Kind } from '../../../src/schemas/article.ts';
import type { ArticleDraft } from './article-draft.ts';
import { sentencesOf, type TextPool, type Topic } from './build-text-pool.ts';
import type { Rng } from './create-rng.ts';
import { draftStoryBody } from './draft-story-body.ts';
import { drawParagraphs } from './draw-paragraphs.ts';
import { makeDateline } from './make-dateline.ts';
import { makeHeadline } from './make-headline.ts';
import { pickTopic } from './pick-topic.ts';
import { shiftDates } from './shift-dates.ts';
import { varyNumbers } from './vary-numbers.ts';

/**
 * A text story of `kind` for the edition of `date`: a topic not yet used in the edition (added to
 * `topics`), a headline unique within it (added to `titles`), a dateline, a lead and a body, its
 * dates shifted to agree with the dateline and about half of its figures varied.
 */
export function makeStory(
  kind: Exclude<Kind, 'photo'>,
  pool: TextPool,
  date: string,
  rng: Rng,
  titles: Set<string>,
  topics: Set<Topic>,
): ArticleDraft {
  const { topic, editorNote } = pickTopic(kind, pool, rng, topics);
  const { title, kicker } = makeHeadline(kind, topic, pool, rng, titles, editorNote);
  const dl = makeDateline(kind, date, rng);
  const copy = (text: string) => varyNumbers(shiftDates(text, topic.date, dl.date), rng);
  const used = new Set<string>();

  let lead: string;
  // The story behind an editor's note opens with the note.
  if (editorNote && topic.lead) lead = topic.lead;
  else if (topic.lead && !topic.lead.startsWith('【') && rng.chance(0.6)) lead = topic.lead;
  else lead = drawParagraphs(topic, 1, rng, used)[0] ?? topic.sentences[0] ?? '。';
  for (const s of sentencesOf(lead)) used.add(s);
  lead = copy(lead);

  const paragraphs = (n: number) => drawParagraphs(topic, n, rng, used).map(copy);
  const blocks = draftStoryBody(kind, pool, rng, paragraphs, lead.length);
  const header: string[][] = [[title]];
  if (kicker) header.push([`——${kicker}`]);
  if (dl.ownLine) {
    header.push(dl.byline ? [dl.text, dl.byline] : [dl.text]);
    blocks.unshift({ text: lead, role: 'paragraph' });
  } else header.push([`${dl.text}${dl.text.endsWith('）') ? '' : ' '}${lead}`]);
  return { title, kind, quirks: [], header, blocks, tails: [] };
}
