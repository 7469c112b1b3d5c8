import type { SplitResult } from '../../src/schemas/split-result.ts';
import { prepareEdition, type EditionJob, type PreparedEdition } from './prepare-edition.ts';
import { readBulletin } from './read-bulletin.ts';
import { splitOptions, type Splitter } from './update-edition.ts';

/** An edition job whose bulletin is still to be read from `display` (the path as shown to the user). */
export type UnreadEditionJob = Omit<EditionJob, 'text'> & { display: string };

/** An edition ready to be written once its split arrives, or the error that stops the run there. */
export type QueuedEdition = { display: string } & (
  | { failed: false; prepared: PreparedEdition; result: Promise<SplitResult | null> }
  | { failed: true; error: unknown }
);

/**
 * Read and check each edition in order and start the splits the stale ones need. Stops after the
 * first edition that cannot be read or checked: the run ends there, so no later bulletin is split.
 */
export function prepareEditions(jobs: UnreadEditionJob[], split: Splitter): QueuedEdition[] {
  const queued: QueuedEdition[] = [];
  for (const { display, ...unread } of jobs) {
    try {
      const job = { ...unread, text: readBulletin(display).text };
      const prepared = prepareEdition(job);
      const result = prepared.needsSplit
        ? split(job.text, splitOptions(job))
        : Promise.resolve(null);
      // Awaited in order later; a split after the edition that stops the run is never awaited.
      result.catch(() => {});
      queued.push({ display, failed: false, prepared, result });
    } catch (error) {
      queued.push({ display, failed: true, error });
      break;
    }
  }
  return queued;
}
