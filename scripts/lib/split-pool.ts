import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SplitResult } from '../../src/schemas/split-result.ts';
import type { TagVocabulary } from '../../src/schemas/tag-vocabulary.ts';
import { BulletinError } from '../../src/splitter/bulletin-error.ts';
import type { SplitTextOptions } from './split-text.ts';

/** A bulletin to split, as sent to a worker (the vocabulary goes once, with the worker). */
export interface SplitRequest {
  id: number;
  text: string;
  options: Omit<SplitTextOptions, 'vocabulary'>;
}

/** A worker's answer: the checked split, or what went wrong. */
export type SplitReply =
  | { id: number; ok: true; result: SplitResult }
  | { id: number; ok: false; bulletin: boolean; message: string };

/** Worker threads that split bulletins in parallel, in the order they were asked for. */
export interface SplitPool {
  /** Split one bulletin on the next free worker (same result and errors as splitText; the pool's vocabulary). */
  split(text: string, options: SplitTextOptions): Promise<SplitResult>;
  /** Stop the workers; splits still under way are rejected. */
  close(): Promise<void>;
}

interface Task {
  request: SplitRequest;
  resolve: (result: SplitResult) => void;
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
  vocabulary: TagVocabulary,
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
    if (reply.ok) task.resolve(reply.result);
    else task.reject(reply.bulletin ? new BulletinError(reply.message) : new Error(reply.message));
    const next = queue.shift();
    if (next) run(worker, next);
    else if (mine.size === 0) worker.unref();
  };
  const start = () => {
    const worker = new Worker(WORKER, { workerData: { vocabulary } });
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
    split(text, { date, file }) {
      return new Promise((resolve, reject) => {
        const task = { request: { id: nextId++, text, options: { date, file } }, resolve, reject };
        const worker = pick();
        if (worker) run(worker, task);
        else queue.push(task);
      });
    },
    async close() {
      queue.length = 0;
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}
