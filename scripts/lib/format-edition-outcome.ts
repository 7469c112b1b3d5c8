import { basename, join } from 'node:path';
import { displayPath } from './display-path.ts';
import { listDoubts, summarizeSplit } from './format-split-report.ts';
import type { EditionOutcome } from './stage-edition.ts';

/** What to print about one edition update: report lines for stdout, hand-edit lines for stderr. */
export interface OutcomeLines {
  out: string[];
  err: string[];
}

/**
 * Describe an edition update, every line starting with `prefix: `; `doubts: false` leaves out the
 * split's doubts, for a caller that prints the whole split report (ingest).
 */
export function formatEditionOutcome(
  prefix: string,
  outcome: EditionOutcome,
  { doubts = true }: { doubts?: boolean } = {},
): OutcomeLines {
  const { files, result, built, plan } = outcome;
  const date = basename(files.dir);
  const out: string[] = [];
  const err: string[] = [];
  const edited = outcome.edited.map((p) => basename(p));
  if (outcome.status === 'unchanged') {
    out.push(
      `${prefix}: ${date}: unchanged, skipped${edited.length > 0 ? ` (hand-edited, kept: ${edited.join(', ')})` : ''}`,
    );
  }
  if (outcome.status === 'written' && result !== null && plan !== null && built !== null) {
    const hidden = built.report.hidden.length;
    const counts = [
      summarizeSplit(result),
      hidden > 0 ? `${hidden} hidden` : '',
      `${plan.written.length} written`,
      `${plan.removed.length} removed`,
    ].filter(Boolean);
    out.push(
      `${prefix}: ${basename(files.bulletin)} → ${displayPath(files.dir)}: ${counts.join(', ')} (${outcome.reasons.join('; ')})`,
    );
    // The few decisions worth checking, each on its own line so it can be found and grepped.
    if (doubts) for (const d of listDoubts(result)) out.push(`${prefix}: ${date}: doubt: ${d}`);
  }
  for (const [name, backup] of outcome.backups)
    out.push(`${prefix}: backed up ${displayPath(join(files.dir, name))} → ${displayPath(backup)}`);
  for (const id of built?.unknown ?? [])
    out.push(
      `${prefix}: ${displayPath(files.overrides)}: warning: articles.${id}: no article with this id in ${date}`,
    );
  for (const { name, action } of plan?.conflicts ?? []) {
    if (outcome.status !== 'conflict') break;
    err.push(
      `${prefix}: ${displayPath(join(files.dir, name))}: edited by hand since it was generated; left alone, so ${date} was not regenerated (it would be ${action === 'remove' ? 'removed' : 'overwritten'}; --force overwrites it and keeps a backup)`,
    );
  }
  return { out, err };
}
