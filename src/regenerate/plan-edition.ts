import { withoutStamp } from '../splitter/render-article-file.ts';
import type { FileState } from './classify-article-file.ts';

/** A file found in the edition folder (the manifest excluded), with its text and what it is. */
export interface ExistingFile {
  name: string;
  /** The text, or null when it is not a regular file. */
  text: string | null;
  state: FileState;
}

/** What regenerating an edition folder would do to its files. */
export interface EditionPlan {
  /** Hand-edited files that would be overwritten or removed: left alone unless forced. */
  conflicts: { name: string; action: 'overwrite' | 'remove' }[];
  /** Hand-edited files to back up before they are overwritten or removed (only when forced). */
  backups: string[];
  /** Files that are not articles of this edition, or no longer validate: never touched, the run stops. */
  foreign: { name: string; problem: string }[];
  /** Generated files the new split no longer produces. */
  removed: string[];
  /** New files and files whose text changes. */
  written: string[];
}

/**
 * Compare an edition folder with the files a regeneration produces. Only files still exactly as
 * generated are replaced or removed freely; a hand-edited file is replaced only when that loses
 * nothing (its text without the stamp equals the new one) or when forced (then it is backed up).
 */
export function planEdition(
  existing: readonly ExistingFile[],
  next: ReadonlyMap<string, string>,
  force: boolean,
): EditionPlan {
  const plan: EditionPlan = { conflicts: [], backups: [], foreign: [], removed: [], written: [] };
  const old = new Map(existing.map((f) => [f.name, f]));
  for (const file of existing) {
    const { name, text, state } = file;
    if (state.kind === 'foreign') {
      plan.foreign.push({ name, problem: state.problem });
      continue;
    }
    const replacement = next.get(name);
    if (replacement === undefined) {
      if (state.kind === 'edited') touchEdited(plan, name, 'remove', force);
      else plan.removed.push(name);
      continue;
    }
    if (replacement === text) continue;
    // Re-stamping an unchanged article (or one whose hand edit an override now makes) loses nothing.
    if (state.kind === 'edited' && withoutStamp(text ?? '') !== withoutStamp(replacement)) {
      touchEdited(plan, name, 'overwrite', force);
      if (!force) continue;
    }
    plan.written.push(name);
  }
  for (const name of next.keys()) if (!old.has(name)) plan.written.push(name);
  for (const list of [plan.backups, plan.removed, plan.written]) list.sort();
  plan.conflicts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  plan.foreign.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return plan;
}

/** Record a hand-edited file the regeneration would overwrite or remove. */
function touchEdited(
  plan: EditionPlan,
  name: string,
  action: 'overwrite' | 'remove',
  force: boolean,
): void {
  if (force) {
    plan.backups.push(name);
    if (action === 'remove') plan.removed.push(name);
  } else {
    plan.conflicts.push({ name, action });
  }
}
