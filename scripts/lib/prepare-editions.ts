import { prepareEdition, type EditionJob, type PreparedEdition } from './prepare-edition.ts';
import { readBulletin } from './read-bulletin.ts';

/** An edition job whose bulletin is still to be read from `display` (the path as shown to the user). */
export type UnreadEditionJob = Omit<EditionJob, 'text'> & { display: string };

/** An edition whose work has started, or the error that stops the run there. */
export type QueuedEdition<T> = { display: string } & (
  { failed: false; work: Promise<T> } | { failed: true; error: unknown }
);

/**
 * Read and check each edition in order, as it is asked for, and start its work (`start`: split,
 * build and stage it). Lazy, so a caller keeps only a window of editions in memory; stops after
 * the first edition that cannot be read or checked: the run ends there, so no later bulletin is split.
 */
export function* prepareEditions<T>(
  jobs: Iterable<UnreadEditionJob>,
  start: (prepared: PreparedEdition) => Promise<T>,
): Generator<QueuedEdition<T>> {
  for (const { display, ...unread } of jobs) {
    let queued: QueuedEdition<T>;
    try {
      const job = { ...unread, text: readBulletin(display).text };
      const work = start(prepareEdition(job));
      // Awaited in order later; work after the edition that stops the run is never awaited.
      work.catch(() => {});
      queued = { display, failed: false, work };
    } catch (error) {
      yield { display, failed: true, error };
      return;
    }
    yield queued;
  }
}
