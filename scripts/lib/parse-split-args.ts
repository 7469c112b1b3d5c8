import { parseArgs } from 'node:util';
import { CliError } from './cli-error.ts';

/** Usage line shown with option errors and by `--help`. */
export const SPLIT_USAGE = 'usage: npm run split -- FILE [--date YYYY-MM-DD] [--json] [--out DIR]';

/** The options of `split`, checked for shape only (the date is checked with its file). */
export interface SplitArgs {
  /** The bulletin file, as given. */
  file: string;
  /** `--date`, or null to take the date from the file name. */
  date: string | null;
  /** `--json`: print the SplitResult, write nothing. */
  json: boolean;
  /** `--out`, or null for the default `content/articles`. */
  out: string | null;
  /** `--help`: print usage and stop. */
  help: boolean;
}

/** Parse `split`'s command line; throws a CliError (exit 2) on unknown options or a wrong file count. */
export function parseSplitArgs(argv: readonly string[]): SplitArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        date: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // Node's messages run on with advice about `--`; the first sentence is the useful part.
    const first =
      (error instanceof Error ? error.message : String(error)).split(/\.\s/)[0] ?? 'bad option';
    throw new CliError(null, `${first} (${SPLIT_USAGE})`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { file: '', date: null, json: false, out: null, help: true };
  if (positionals.length !== 1) {
    const problem =
      positionals.length === 0
        ? 'no bulletin file given'
        : `expected one bulletin file, got ${positionals.length}`;
    throw new CliError(null, `${problem} (${SPLIT_USAGE})`);
  }
  if (values.out === '') throw new CliError(null, `--out needs a folder (${SPLIT_USAGE})`);
  return {
    file: positionals[0] ?? '',
    date: values.date ?? null,
    json: values.json,
    out: values.out ?? null,
    help: false,
  };
}
