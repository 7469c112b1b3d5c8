import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';

/** Hooks for tests: how one file is written. */
export interface WriteEditionOptions {
  /** Write one file; defaults to an exclusive-create write. */
  writeFile?: (path: string, text: string) => void;
}

/**
 * Replace folder `dir` by exactly `files` (name → text), all or nothing: the files go into a
 * temporary sibling folder that is then renamed into place, so a failure leaves `dir` untouched.
 */
export function writeEdition(
  dir: string,
  files: ReadonlyMap<string, string>,
  options: WriteEditionOptions = {},
): void {
  const write =
    options.writeFile ??
    ((path: string, text: string) => writeFileSync(path, text, { flag: 'wx' }));
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  // A sibling, so the final rename stays on one file system; the leading dot keeps
  // half-written folders out of Astro's content glob if the process is killed.
  // Not mkdtemp: its 0700 mode would stick to the published edition folder.
  const temp = join(parent, `.${basename(dir)}.new-${randomUUID()}`);
  mkdirSync(temp);
  try {
    for (const [name, text] of files) {
      if (name !== basename(name) || name.startsWith('.'))
        throw new Error(`refusing to write file name "${name}"`);
      write(join(temp, name), text);
    }
    swapIn(temp, dir);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Rename `temp` to `dir`, moving any previous `dir` aside first and back again if that fails. */
function swapIn(temp: string, dir: string): void {
  if (!existsSync(dir)) {
    renameSync(temp, dir);
    return;
  }
  // Node has no atomic exchange of two folders; two renames keep the gap to microseconds.
  const old = join(dirname(dir), `.${basename(dir)}.old-${randomUUID()}`);
  renameSync(dir, old);
  try {
    renameSync(temp, dir);
  } catch (error) {
    renameSync(old, dir);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
