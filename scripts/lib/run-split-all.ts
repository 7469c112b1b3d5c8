/** The body of scripts/split-all.ts, run when imported (after the compile cache is on). */
import { join } from 'node:path';
import { describeFailure, EXIT_HAND_EDITED } from './cli-error.ts';
import { displayPath } from './display-path.ts';
import { findBulletins } from './find-bulletins.ts';
import { parseSplitAllArgs, SPLIT_ALL_USAGE } from './parse-split-all-args.ts';
import { prepareEditions, type QueuedEdition } from './prepare-editions.ts';
import { projectPaths } from './project-paths.ts';
import { pruneEditions } from './prune-editions.ts';
import { loadRegenerationContext } from './regeneration-context.ts';
import { splitAndBuild } from './split-and-build.ts';
import { createSplitPool } from './split-pool.ts';
import {
  commitStaged,
  discardStaged,
  stageForCommit,
  type EditionStaged,
} from './stage-for-commit.ts';

const PREFIX = 'split-all';

let current: string | null = null;
let pool: ReturnType<typeof createSplitPool> | null = null;
// Editions read and started ahead of the one being committed: enough to keep every worker busy,
// few enough that a long archive is never held in memory at once.
const AHEAD = 32;
const ahead: QueuedEdition<EditionStaged>[] = [];
try {
  const args = parseSplitAllArgs(process.argv.slice(2));
  if (args.help) {
    console.log(SPLIT_ALL_USAGE);
  } else {
    const paths = projectPaths();
    const editions = findBulletins(paths.bulletins);
    const context = loadRegenerationContext(paths);
    const workers = createSplitPool({ vocabulary: context.vocabulary, prefix: PREFIX });
    pool = workers;
    // Editions are read and checked in date order a window ahead; the stale ones go to the worker
    // pool, which splits, builds and stages each (its files written under temporary names). They
    // are committed one by one in date order, so the output, the messages and the edition where a
    // failure stops the run are those of a one-by-one run.
    const queued = prepareEditions(
      [...editions].map(([date, name]) => ({
        ...context,
        paths,
        date,
        bulletinName: name,
        display: displayPath(join(paths.bulletins, name)),
        storeBulletin: false,
        force: args.force,
        always: args.all,
        wantResult: false,
      })),
      (prepared) =>
        prepared.needsSplit
          ? workers.stage(prepared)
          : stageForCommit(prepared, splitAndBuild, PREFIX),
    );
    let handEdited = false;
    for (;;) {
      for (let next = ahead.length; next < AHEAD; next++) {
        const item = queued.next();
        if (item.done === true) break;
        ahead.push(item.value);
      }
      const edition = ahead.shift();
      if (edition === undefined) break;
      current = edition.display;
      if (edition.failed) throw edition.error;
      const staged = await edition.work;
      commitStaged(staged, context.hooks);
      for (const line of staged.lines.out) console.log(line);
      for (const line of staged.lines.err) console.error(line);
      if (staged.status === 'conflict') handEdited = true;
    }
    current = null;
    const pruned = pruneEditions(paths, new Set(editions.keys()), {
      force: args.force,
      hooks: context.hooks,
      prefix: PREFIX,
    });
    for (const line of pruned.out) console.log(line);
    for (const line of pruned.err) console.error(line);
    if (handEdited || pruned.err.length > 0) process.exitCode = EXIT_HAND_EDITED;
  }
} catch (error) {
  const { line, code } = describeFailure(PREFIX, current, error);
  console.error(line);
  process.exitCode = code;
  // Editions after the one that stopped the run may already be staged: wait for the work under
  // way and delete what it staged, so the run leaves nothing behind.
  pool?.cancel();
  for (const edition of ahead)
    if (!edition.failed) await edition.work.then(discardStaged, () => {});
} finally {
  await pool?.close();
}
