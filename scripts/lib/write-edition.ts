import { FileTransaction, type TransactionHooks } from './file-transaction.ts';

/** Hooks for tests: how one file is written, and an injected failure. */
export type WriteEditionOptions = TransactionHooks;

/**
 * Replace folder `dir` by exactly `files` (name → text), all or nothing: the files go into a
 * temporary sibling folder that is then renamed into place, so a failure leaves `dir` untouched.
 */
export function writeEdition(
  dir: string,
  files: ReadonlyMap<string, string>,
  options: WriteEditionOptions = {},
): void {
  const transaction = new FileTransaction(options);
  try {
    transaction.putFolder(dir, files);
  } catch (error) {
    transaction.discard();
    throw error;
  }
  transaction.commit();
}
