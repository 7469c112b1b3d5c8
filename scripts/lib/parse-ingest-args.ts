import { CliError } from './cli-error.ts';
import { parseCliArgs } from './parse-cli-args.ts';

/** Usage line shown with option errors and by `--help`. */
export const INGEST_USAGE =
  'usage: npm run ingest -- FILE [--date YYYY-MM-DD] [--replace] [--force]';

/** The options of `ingest`. */
export interface IngestArgs {
  /** The bulletin file, as given. */
  file: string;
  /** `--date`, or null to take the date from the file name. */
  date: string | null;
  /** `--replace`: a different bulletin may replace the one stored for the date. */
  replace: boolean;
  /** `--force`: overwrite hand-edited articles, keeping a backup. */
  force: boolean;
  /** `--help`: print usage and stop. */
  help: boolean;
}

/** Parse `ingest`'s command line; throws a CliError (exit 2) on unknown options or a wrong file count. */
export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  const { values, positionals } = parseCliArgs(
    argv,
    {
      date: { type: 'string' },
      replace: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    INGEST_USAGE,
  );
  const base = { date: values.date ?? null, replace: values.replace, force: values.force };
  if (values.help) return { file: '', ...base, help: true };
  if (positionals.length !== 1) {
    const problem =
      positionals.length === 0
        ? 'no bulletin file given'
        : `expected one bulletin file, got ${positionals.length}`;
    throw new CliError(null, `${problem} (${INGEST_USAGE})`);
  }
  return { file: positionals[0] ?? '', ...base, help: false };
}
