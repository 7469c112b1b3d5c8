import { CliError } from './cli-error.ts';
import { parseCliArgs } from './parse-cli-args.ts';

/** Usage line shown with option errors and by `--help`. */
export const SPLIT_ALL_USAGE = 'usage: npm run split-all -- [--all] [--force]';

/** The options of `split-all`. */
export interface SplitAllArgs {
  /** `--all`: re-split every edition, even those the manifest says are up to date. */
  all: boolean;
  /** `--force`: overwrite hand-edited articles, keeping a backup. */
  force: boolean;
  /** `--help`: print usage and stop. */
  help: boolean;
}

/** Parse `split-all`'s command line; it takes no files. */
export function parseSplitAllArgs(argv: readonly string[]): SplitAllArgs {
  const { values, positionals } = parseCliArgs(
    argv,
    {
      all: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    SPLIT_ALL_USAGE,
  );
  if (positionals.length > 0 && !values.help)
    throw new CliError(null, `unexpected argument "${positionals[0]}" (${SPLIT_ALL_USAGE})`);
  return { all: values.all, force: values.force, help: values.help };
}
