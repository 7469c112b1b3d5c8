import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError } from '../../src/regenerate/input-error.ts';
import type { TagVocabulary } from '../../src/schemas/tag-vocabulary.ts';
import { BulletinError } from '../../src/splitter/bulletin-error.ts';
import { CliError } from './cli-error.ts';
import type { PreparedEdition } from './prepare-edition.ts';
import type { EditionStaged } from './stage-for-commit.ts';

/** An edition to split, build and stage, as sent to a worker (no vocabulary, no hook functions). */
export interface SplitRequest {
  id: number;
  prepared: PreparedEdition;
}

/** Why a worker's task failed, as plain data: errors cannot cross threads with their class. */
export type SplitFailure =
  | { kind: 'bulletin'; message: string }
  | { kind: 'input'; file: string; message: string }
  | { kind: 'cli'; file: string | null; message: string; code: number }
  | { kind: 'internal'; message: string };

/** A worker's answer: the staged edition, or what went wrong. */
export type SplitReply =
  { id: number; ok: true; value: EditionStaged } | ({ id: number; ok: false } & SplitFailure);

/** What split-all's workers need once: the tag vocabulary and the prefix of their messages. */
export interface SplitWorkerData {
  vocabulary: TagVocabulary;
  prefix: string;
}

/** Worker threads that split, build and stage editions in parallel. */
export interface SplitPool {
  /** stageForCommit on the next free worker: same staging, lines and errors as in this thread. */
  stage(prepared: PreparedEdition): Promise<EditionStaged>;
  /** Reject the tasks no worker has started; those under way still finish (and are then discarded). */
  cancel(): void;
  /** Stop the workers; tasks still under way are rejected. */
  close(): Promise<void>;
}

interface Task {
  request: SplitRequest;
  resolve: (value: EditionStaged) => void;
  reject: (error: Error) => void;
}

const WORKER = new URL('./split-worker.ts', import.meta.url);
// Bulletins sent ahead to each worker: a worker that had to wait for the main thread (busy writing
// an edition) between two bulletins sat idle half the time.
const DEPTH = 4;

/**
 * A pool of at most `size` workers (one per core by default), started only when there is work for
 * them, so an up-to-date run pays for no thread. Idle workers do not keep the process alive.
 */
export function createSplitPool(
  data: SplitWorkerData,
  size: number = availableParallelism(),
): SplitPool {
  const workers: Worker[] = [];
  // Tasks sent to each worker and not answered yet, by request id.
  const pending = new Map<Worker, Map<number, Task>>();
  const queue: Task[] = [];
  let nextId = 0;

  const run = (worker: Worker, task: Task) => {
    pending.get(worker)!.set(task.request.id, task);
    worker.ref();
    worker.postMessage(task.request);
  };
  const settle = (worker: Worker, reply: SplitReply) => {
    const mine = pending.get(worker)!;
    const task = mine.get(reply.id)!;
    mine.delete(reply.id);
    if (reply.ok) task.resolve(reply.value);
    else task.reject(toError(reply));
    const next = queue.shift();
    if (next) run(worker, next);
    else if (mine.size === 0) worker.unref();
  };
  const start = () => {
    const worker = new Worker(WORKER, { workerData: data });
    workers.push(worker);
    pending.set(worker, new Map());
    worker.on('message', (reply: SplitReply) => settle(worker, reply));
    // A worker that dies (out of memory, a crash) fails its tasks; the run stops there anyway.
    const fail = (error: Error) => {
      for (const task of pending.get(worker)!.values()) task.reject(error);
      pending.get(worker)!.clear();
    };
    worker.on('error', fail);
    worker.on('exit', () => {
      fail(new Error('a split worker stopped unexpectedly'));
      workers.splice(workers.indexOf(worker), 1);
      // With no worker left, nothing would ever take the queued tasks.
      if (workers.length === 0)
        for (const task of queue.splice(0)) task.reject(new Error('no split worker left'));
    });
    return worker;
  };
  // The least loaded worker with room, starting a new one while the pool is not full.
  const pick = (): Worker | undefined => {
    const free = workers
      .filter((w) => pending.get(w)!.size < DEPTH)
      .sort((a, b) => pending.get(a)!.size - pending.get(b)!.size)[0];
    if (free && pending.get(free)!.size === 0) return free;
    if (workers.length < size) return start();
    return free;
  };

  return {
    stage(prepared) {
      return new Promise((resolve, reject) => {
        const task = { request: { id: nextId++, prepared: toWire(prepared) }, resolve, reject };
        const worker = pick();
        if (worker) run(worker, task);
        else queue.push(task);
      });
    },
    cancel() {
      for (const task of queue.splice(0)) task.reject(new Error('cancelled'));
    },
    async close() {
      queue.length = 0;
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}

/** The error a failed task stands for, with the class describeFailure tells apart. */
function toError(failure: SplitFailure): Error {
  if (failure.kind === 'bulletin') return new BulletinError(failure.message);
  if (failure.kind === 'input') return new InputError(failure.file, failure.message);
  if (failure.kind === 'cli') return new CliError(failure.file, failure.message, failure.code);
  return new Error(failure.message);
}

/** A thrown error as plain data, for a worker to post back. */
export function toFailure(error: unknown): SplitFailure {
  if (error instanceof BulletinError) return { kind: 'bulletin', message: error.problem };
  if (error instanceof InputError)
    return { kind: 'input', file: error.file, message: error.problem };
  if (error instanceof CliError)
    return { kind: 'cli', file: error.file, message: error.problem, code: error.code };
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}

// The vocabulary went to the worker once (the worker puts it back); hook functions cannot cross
// threads, only the injected failure count can, which is all split-all uses.
function toWire(prepared: PreparedEdition): PreparedEdition {
  const { job } = prepared;
  const hooks = { failAfter: job.hooks.failAfter ?? null };
  return { ...prepared, job: { ...job, vocabulary: {}, hooks } };
}
