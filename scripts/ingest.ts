/**
 * CLI: `npm run ingest -- FILE [--date D] [--replace] [--force]`: store a bulletin (any encoding the
 * splitter reads) as `content/bulletins/<date>.txt` in UTF-8, then split it, apply the edition's
 * overrides and URL registry, and write its articles and report, all in one transaction.
 * Exit 2 on bad input, 3 when hand-edited articles were left alone, 1 on internal errors.
 */
import { join } from 'node:path';
import { CliError, describeFailure, EXIT_HAND_EDITED } from './lib/cli-error.ts';
import { displayPath } from './lib/display-path.ts';
import { editionDate } from './lib/edition-date.ts';
import { findBulletins } from './lib/find-bulletins.ts';
import { formatEditionOutcome } from './lib/format-edition-outcome.ts';
import { formatSplitReport } from './lib/format-split-report.ts';
import { INGEST_USAGE, parseIngestArgs } from './lib/parse-ingest-args.ts';
import { projectPaths } from './lib/project-paths.ts';
import { readBulletin } from './lib/read-bulletin.ts';
import { loadRegenerationContext } from './lib/regeneration-context.ts';
import { updateEdition } from './lib/update-edition.ts';

const PREFIX = 'ingest';

let file: string | null = null;
try {
  const args = parseIngestArgs(process.argv.slice(2));
  if (args.help) {
    console.log(INGEST_USAGE);
  } else {
    file = args.file;
    // File problems come before date problems: "no such file" beats "cannot tell the date".
    const { text, encoding } = readBulletin(args.file);
    const date = editionDate(args.file, args.date);
    const paths = projectPaths();
    const stored = findBulletins(paths.bulletins).get(date);
    const bulletinName = stored ?? `${date}.txt`;
    const target = displayPath(join(paths.bulletins, bulletinName));
    const same = stored !== undefined && readBulletin(target).text === text;
    if (stored !== undefined && !same && !args.replace) {
      throw new CliError(
        args.file,
        `${target} already holds a different bulletin for ${date}; pass --replace to replace it`,
      );
    }
    const context = loadRegenerationContext(paths);
    const outcome = await updateEdition({
      ...context,
      paths,
      date,
      bulletinName,
      text,
      storeBulletin: true,
      force: args.force,
      always: false,
      wantResult: true,
    });
    const stores =
      outcome.status === 'conflict' ? 'would store' : same ? 'already holds' : 'stored';
    console.log(`${PREFIX}: ${args.file} (${encoding}) → ${target}: ${stores} this bulletin`);
    if (outcome.result !== null)
      console.log(formatSplitReport(outcome.result, displayPath(outcome.files.dir)));
    // The split report above already lists the doubts.
    const lines = formatEditionOutcome(PREFIX, outcome, { doubts: outcome.result === null });
    for (const line of lines.out) console.log(line);
    for (const line of lines.err) console.error(line);
    if (outcome.status === 'conflict') process.exitCode = EXIT_HAND_EDITED;
  }
} catch (error) {
  const { line, code } = describeFailure(PREFIX, file, error);
  console.error(line);
  process.exitCode = code;
}
