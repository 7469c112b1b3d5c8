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
import { projectPaths } from './lib/project-paths.ts';
import { pruneEditions } from './lib/prune-editions.ts';
import { readBulletin } from './lib/read-bulletin.ts';
import { loadRegenerationContext } from './lib/regeneration-context.ts';
import { updateEdition } from './lib/update-edition.ts';

const PREFIX = 'split-all';

let current: string | null = null;
try {
  const args = parseSplitAllArgs(process.argv.slice(2));
  if (args.help) {
    console.log(SPLIT_ALL_USAGE);
  } else {
    const paths = projectPaths();
    const editions = findBulletins(paths.bulletins);
    const context = loadRegenerationContext(paths);
    let handEdited = false;
    for (const [date, name] of editions) {
      current = displayPath(join(paths.bulletins, name));
      const { text } = readBulletin(current);
      const outcome = await updateEdition({
        ...context,
        paths,
        date,
        bulletinName: name,
        text,
        storeBulletin: false,
        force: args.force,
        always: args.all,
        wantResult: false,
      });
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
}
