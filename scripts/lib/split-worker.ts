/**
 * Worker thread of the split pool (split-pool.ts): loads the splitter once, then splits every
 * bulletin it is sent and posts back the checked result, or the error as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { enableProjectCompileCache } from './enable-compile-cache.ts';
import type { TagVocabulary } from '../../src/schemas/tag-vocabulary.ts';
import { BulletinError } from '../../src/splitter/bulletin-error.ts';
import type { SplitReply, SplitRequest } from './split-pool.ts';
import { splitText } from './split-text.ts';

// Each worker is a Node instance of its own: the splitter it loads (on first use, by splitText)
// comes from the compile cache too.
enableProjectCompileCache();

// Sent once: tagging caches its keyword matcher per vocabulary object, so every task shares it.
const vocabulary = (workerData as { vocabulary: TagVocabulary }).vocabulary;
const port = parentPort!;

port.on('message', (request: SplitRequest) => {
  void splitText(request.text, { ...request.options, vocabulary }).then(
    (result) => port.postMessage({ id: request.id, ok: true, result } satisfies SplitReply),
    (error: unknown) => port.postMessage({ id: request.id, ok: false, ...describe(error) }),
  );
});

// Errors cannot cross threads with their class: a bad bulletin is told apart from a bug by a flag.
function describe(error: unknown): { bulletin: boolean; message: string } {
  if (error instanceof BulletinError) return { bulletin: true, message: error.problem };
  return { bulletin: false, message: error instanceof Error ? error.message : String(error) };
}
