/** The body of scripts/split-all.ts, run when imported (after the compile cache is on). */
import { join } from 'node:path';
import { describeFailure, EXIT_HAND_EDITED } from './cli-error.ts';
import { displayPath } from './display-path.ts';
import { findBulletins } from './find-bulletins.ts';
import { formatEditionOutcome } from './format-edition-outcome.ts';
import { parseSplitAllArgs, SPLIT_ALL_USAGE } from './parse-split-all-args.ts';
import { prepareEditions } from './prepare-editions.ts';
import { projectPaths } from './project-paths.ts';
import { pruneEditions } from './prune-editions.ts';
import { loadRegenerationContext } from './regeneration-context.ts';
import { createSplitPool } from './split-pool.ts';
import { finishEdition } from './update-edition.ts';

const PREFIX = 'split-all';

let current: string | null = null;
let pool: ReturnType<typeof createSplitPool> | null = null;
try {
  const args = parseSplitAllArgs(process.argv.slice(2));
  if (args.help) {
    console.log(SPLIT_ALL_USAGE);
  } else {
    const paths = projectPaths();
    const editions = findBulletins(paths.bulletins);
    const context = loadRegenerationContext(paths);
    pool = createSplitPool(context.vocabulary);
    // Every edition is read and checked first and its split handed to the worker pool; editions
    // are then written one by one in date order as their splits come back, so the output, the
    // messages and the edition where a failure stops the run are those of a one-by-one run.
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
      pool.split,
    );
    let handEdited = false;
    for (const edition of queued) {
      current = edition.display;
      if (edition.failed) throw edition.error;
      const outcome = finishEdition(edition.prepared, await edition.result);
      const lines = formatEditionOutcome(PREFIX, outcome);
      for (const line of lines.out) console.log(line);
      for (const line of lines.err) console.error(line);
      if (outcome.status === 'conflict') handEdited = true;
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
} finally {
  await pool?.close();
}
