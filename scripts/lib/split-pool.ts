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

/**
 * A pool of at most `size` workers (one per core by default), started only when there is work for
 * them, so an up-to-date run pays for no thread. Idle workers do not keep the process alive.
 */
export function createSplitPool(
  vocabulary: TagVocabulary,
  size: number = availableParallelism(),
): SplitPool {
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  const queue: Task[] = [];
  let nextId = 0;

  const run = (worker: Worker, task: Task) => {
    busy.set(worker, task);
    worker.ref();
    worker.postMessage(task.request);
  };
  const settle = (worker: Worker, reply: SplitReply) => {
    const task = busy.get(worker)!;
    busy.delete(worker);
    if (reply.ok) task.resolve(reply.result);
    else task.reject(reply.bulletin ? new BulletinError(reply.message) : new Error(reply.message));
    const next = queue.shift();
    if (next) return run(worker, next);
    worker.unref();
    idle.push(worker);
  };
  const start = () => {
    const worker = new Worker(WORKER, { workerData: { vocabulary } });
    worker.on('message', (reply: SplitReply) => settle(worker, reply));
    // A worker that dies (out of memory, a crash) fails its task; the run stops there anyway.
    worker.on('error', (error: Error) => busy.get(worker)?.reject(error));
    worker.on('exit', () => {
      busy.get(worker)?.reject(new Error('a split worker stopped unexpectedly'));
      busy.delete(worker);
      // With no worker left, nothing would ever take the queued tasks.
      if (busy.size === 0 && idle.length === 0)
        for (const task of queue.splice(0)) task.reject(new Error('no split worker left'));
    });
    return worker;
  };

  return {
    split(text, { date, file }) {
      return new Promise((resolve, reject) => {
        const task = { request: { id: nextId++, text, options: { date, file } }, resolve, reject };
        const worker = idle.pop() ?? (busy.size < size ? start() : undefined);
        if (worker) run(worker, task);
        else queue.push(task);
      });
    },
    async close() {
      queue.length = 0;
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}
