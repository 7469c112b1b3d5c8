import { MANIFEST_NAME } from '../../src/regenerate/classify-article-file.ts';
import { backupPaths } from './edition-files.ts';
import { FileTransaction, type TransactionHooks } from './file-transaction.ts';
import type { EditionFolder } from './read-edition-folder.ts';

/** Files of an edition folder to copy into the backup folder `dir` before they are overwritten or removed. */
export interface BackupRequest {
  dir: string;
  names: readonly string[];
  /** The folder as it is now, holding the texts to back up. */
  from: EditionFolder;
}

/** Everything one edition update writes; a missing entry is left as it is. */
export interface EditionWrites {
  /** The bulletin file (ingest only): path and UTF-8 text. */
  bulletin?: [string, string] | undefined;
  /** The URL registry: path and text. */
  registry?: [string, string] | undefined;
  /** The edition report: path and text. */
  report?: [string, string] | undefined;
  /** The edition folder: as it is, and its complete new content (name → text, manifest included). */
  folder?: { dir: string; before: EditionFolder; after: ReadonlyMap<string, string> } | undefined;
  backups?: BackupRequest | undefined;
  /** Paths to delete (a removed edition's folder and report). */
  remove?: readonly string[] | undefined;
}

/**
 * Write an edition update as one transaction: backups, bulletin, registry, report, and last the
 * edition folder with its manifest, so that until the very last rename the old manifest still
 * describes the old files. A failure anywhere leaves every file as it was. Returns the backups
 * made (edition file name → backup path).
 */
export function writeEditionFiles(
  writes: EditionWrites,
  hooks: TransactionHooks,
): Map<string, string> {
  const { transaction, backups } = stageEditionFiles(writes, hooks);
  if (!transaction.isEmpty) transaction.commit();
  return backups;
}

/**
 * Stage an edition update (every new file written under a temporary name) without committing it:
 * the transaction and the backups it will make. On failure, nothing staged is left behind.
 */
export function stageEditionFiles(
  writes: EditionWrites,
  hooks: TransactionHooks,
): { transaction: FileTransaction; backups: Map<string, string> } {
  const transaction = new FileTransaction(hooks);
  const made = new Map<string, string>();
  try {
    const { backups, folder } = writes;
    if (backups !== undefined) {
      for (const [name, path] of backupPaths(backups.dir, backups.names)) {
        const text = backups.from.files.find((f) => f.name === name)?.text;
        if (text === null || text === undefined) continue;
        transaction.putFile(path, text);
        made.set(name, path);
      }
    }
    for (const file of [writes.bulletin, writes.registry, writes.report])
      if (file !== undefined) transaction.putFile(file[0], file[1]);
    if (folder !== undefined && differs(folder.before, folder.after))
      transaction.putFolder(folder.dir, folder.after);
    for (const path of writes.remove ?? []) transaction.remove(path);
  } catch (error) {
    transaction.discard();
    throw error;
  }
  return { transaction, backups: made };
}

/** Whether the folder's files (manifest included) differ from `after`. */
function differs(before: EditionFolder, after: ReadonlyMap<string, string>): boolean {
  const now = new Map(before.files.map((f) => [f.name, f.text]));
  if (before.manifest !== null) now.set(MANIFEST_NAME, before.manifest);
  if (now.size !== after.size) return true;
  for (const [name, text] of after) if (now.get(name) !== text) return true;
  return false;
}
