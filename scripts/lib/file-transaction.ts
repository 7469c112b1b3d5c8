import { randomUUID } from 'node:crypto';
import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Hooks for tests: how a file is written, and an injected failure. */
export interface TransactionHooks {
  /** Write one file; defaults to an exclusive-create write. */
  writeFile?: (path: string, text: string) => void;
  /**
   * Throw after this many steps (file writes while staging, renames while committing): the test
   * hook behind `NEWS_DIGEST_FAIL_AFTER=N`, to prove a failure midway leaves everything as it was.
   */
  failAfter?: number | null;
}

/** One target to replace or delete, with its staged new content (null to delete it). */
interface Step {
  target: string;
  staged: string | null;
}

/** A staged, uncommitted transaction as plain data, to be committed by another thread. */
export interface TransactionState {
  steps: Step[];
  /** Steps counted so far, so the injected failure falls where it would in one thread. */
  count: number;
}

/**
 * Replace several files and folders all or nothing. New content is first written next to each
 * target under a hidden temporary name (same folder, so renames stay on one file system, and a
 * leading dot keeps half-written files out of Astro's content glob); `commit` then moves each old
 * target aside and the new one in, and on any failure puts every old target back.
 */
export class FileTransaction {
  private readonly steps: Step[] = [];
  private readonly hooks: TransactionHooks;
  private count = 0;

  /** Start an empty transaction, or take over one staged elsewhere (see `state`). */
  constructor(hooks: TransactionHooks = {}, state?: TransactionState) {
    this.hooks = hooks;
    if (state !== undefined) {
      this.steps.push(...state.steps);
      this.count = state.count;
    }
  }

  /** What is staged, as plain data: split-all's workers stage editions that its main thread commits. */
  get state(): TransactionState {
    return { steps: [...this.steps], count: this.count };
  }

  /** Stage `text` as the new content of the file `path`. */
  putFile(path: string, text: string): void {
    const temp = this.tempFor(path, 'new');
    this.steps.push({ target: path, staged: temp });
    this.write(temp, text);
  }

  /** Stage `files` (name → text) as the complete new content of the folder `dir`. */
  putFolder(dir: string, files: ReadonlyMap<string, string>): void {
    // Not mkdtemp: its 0700 mode would stick to the published folder.
    const temp = this.tempFor(dir, 'new');
    this.steps.push({ target: dir, staged: temp });
    mkdirSync(temp);
    for (const [name, text] of files) {
      if (name !== basename(name) || name === '' || name === '.' || name === '..')
        throw new Error(`refusing to write file name "${name}"`);
      this.write(join(temp, name), text);
    }
  }

  /** Stage the removal of a file or folder. */
  remove(path: string): void {
    this.steps.push({ target: path, staged: null });
  }

  /** Whether anything is staged. */
  get isEmpty(): boolean {
    return this.steps.length === 0;
  }

  /** Swap every staged target in, in order; on failure restore them all and rethrow. */
  commit(): void {
    const done: { target: string; aside: string | null; placed: boolean }[] = [];
    try {
      for (const { target, staged } of this.steps) {
        const record = { target, aside: null as string | null, placed: false };
        done.push(record);
        if (exists(target)) {
          const aside = this.tempFor(target, 'old');
          this.tick();
          renameSync(target, aside);
          record.aside = aside;
        }
        if (staged !== null) {
          this.tick();
          renameSync(staged, target);
          record.placed = true;
        }
      }
    } catch (error) {
      const stuck: string[] = [];
      for (const { target, aside, placed } of done.reverse()) {
        try {
          if (placed) rmSync(target, { recursive: true, force: true });
          if (aside !== null) renameSync(aside, target);
        } catch {
          // Keep undoing the rest; say where the old content was left.
          if (aside !== null) stuck.push(`${target} (old content left in ${aside})`);
        }
      }
      if (stuck.length === 0) throw error;
      throw new Error(`${(error as Error).message}; could not restore ${stuck.join(', ')}`, {
        cause: error,
      });
    } finally {
      this.discard();
    }
    for (const { aside } of done)
      if (aside !== null) rmSync(aside, { recursive: true, force: true });
  }

  /** Delete whatever was staged and not committed. */
  discard(): void {
    for (const { staged } of this.steps)
      if (staged !== null) rmSync(staged, { recursive: true, force: true });
  }

  /** A hidden sibling name for a target's new or old content. */
  private tempFor(target: string, role: 'new' | 'old'): string {
    mkdirSync(dirname(target), { recursive: true });
    return join(dirname(target), `.${basename(target)}.${role}-${randomUUID()}`);
  }

  /** Write one staged file through the hook. */
  private write(path: string, text: string): void {
    this.tick();
    if (this.hooks.writeFile) this.hooks.writeFile(path, text);
    else writeFileSync(path, text, { flag: 'wx' });
  }

  /** Count a step, throwing the injected failure once the budget is spent. */
  private tick(): void {
    const limit = this.hooks.failAfter;
    if (limit !== undefined && limit !== null && this.count >= limit)
      throw new Error(`injected failure after ${this.count} write steps (NEWS_DIGEST_FAIL_AFTER)`);
    this.count++;
  }
}

/** True when something (even a dangling link) is at `path`. */
function exists(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}
