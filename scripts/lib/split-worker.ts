/**
 * Worker thread of the split pool (split-pool.ts): loads the splitter once, then splits, builds and
 * stages every edition it is sent, and posts back the staged transaction and the lines to print,
 * or the error as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { enableProjectCompileCache } from './enable-compile-cache.ts';
import { splitAndBuild } from './split-and-build.ts';
import {
  toFailure,
  type SplitReply,
  type SplitRequest,
  type SplitWorkerData,
} from './split-pool.ts';
import { stageForCommit } from './stage-for-commit.ts';

// Started by split-all, a worker inherits the compile cache (NODE_COMPILE_CACHE) for its static
// imports as well; started from anywhere else, this still caches the splitter it loads on first use.
enableProjectCompileCache();

// Sent once: tagging caches its keyword matcher per vocabulary object, so every task shares it.
const { vocabulary, prefix } = workerData as SplitWorkerData;
const port = parentPort!;

port.on('message', ({ id, prepared }: SplitRequest) => {
  const job = { ...prepared.job, vocabulary };
  void stageForCommit({ ...prepared, job }, splitAndBuild, prefix).then(
    (value) => port.postMessage({ id, ok: true, value } satisfies SplitReply),
    (error: unknown) =>
      port.postMessage({ id, ok: false, ...toFailure(error) } satisfies SplitReply),
  );
});
