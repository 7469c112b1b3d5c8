/**
 * CLI (npm prebuild, `npm run split-all`): bring every edition up to date, re-splitting only those
 * whose bulletin, overrides, URL registry, tag vocabulary or splitter changed (see the manifest in
 * each edition folder), and remove editions whose bulletin is gone. See SPLIT_ALL_USAGE.
 * Exit 2 on bad input, 3 when hand-edited articles were left alone, 1 on internal errors.
 */
import { join } from 'node:path';
import { describeFailure, EXIT_HAND_EDITED } from './lib/cli-error.ts';
import { displayPath } from './lib/display-path.ts';
import { findBulletins } from './lib/find-bulletins.ts';
import { formatEditionOutcome } from './lib/format-edition-outcome.ts';
import { parseSplitAllArgs, SPLIT_ALL_USAGE } from './lib/parse-split-all-args.ts';
import { prepareEditions } from './lib/prepare-editions.ts';
import { projectPaths } from './lib/project-paths.ts';
import { pruneEditions } from './lib/prune-editions.ts';
import { loadRegenerationContext } from './lib/regeneration-context.ts';
import { createSplitPool } from './lib/split-pool.ts';
import { finishEdition } from './lib/update-edition.ts';

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
