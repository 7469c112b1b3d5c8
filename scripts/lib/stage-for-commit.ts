import {
  FileTransaction,
  type TransactionHooks,
  type TransactionState,
} from './file-transaction.ts';
import { formatEditionOutcome, type OutcomeLines } from './format-edition-outcome.ts';
import type { PreparedEdition } from './prepare-edition.ts';
import type { EditionOutcome } from './stage-edition.ts';
import { stageEdition } from './stage-edition.ts';
import { startBuild, type EditionBuilder } from './update-edition.ts';

/** An edition update staged on disk, as plain data: what split-all's main thread needs to finish it. */
export interface EditionStaged {
  status: EditionOutcome['status'];
  /** What to print once it is committed. */
  lines: OutcomeLines;
  /** The staged, uncommitted transaction, or null when there is nothing to write. */
  transaction: TransactionState | null;
}

/**
 * Split, build and stage a prepared edition, and say what to print about it: everything of an
 * edition update but the commit, so a worker can do it and the main thread commit in date order.
 */
export async function stageForCommit(
  prepared: PreparedEdition,
  build: EditionBuilder,
  prefix: string,
): Promise<EditionStaged> {
  const { outcome, transaction } = stageEdition(prepared, await startBuild(prepared, build));
  return {
    status: outcome.status,
    lines: formatEditionOutcome(prefix, outcome),
    transaction: transaction?.state ?? null,
  };
}

/** Make a staged edition visible (the renames only), continuing its step count for the failure hook. */
export function commitStaged(staged: EditionStaged, hooks: TransactionHooks): void {
  if (staged.transaction === null || staged.transaction.steps.length === 0) return;
  new FileTransaction(hooks, staged.transaction).commit();
}

/** Delete what an edition staged, when the run stops before committing it. */
export function discardStaged(staged: EditionStaged): void {
  if (staged.transaction !== null) new FileTransaction({}, staged.transaction).discard();
}
