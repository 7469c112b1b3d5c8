import { parseArgs } from 'node:util';
import { parseCount } from './parse-corpus-args.ts';

/** Usage line shown with option errors and by `--help`. */
export const BENCH_USAGE =
  'usage: npm run bench -- --articles N [--seed S] [--naive] [--keep] [--search-cmd "CMD"] ' +
  '[--search-off-env NAME=VALUE] [--mem-limit-mb MB] [--timeout-s S]';

/** The options of `bench`. */
export interface BenchArgs {
  /** Articles in the corpus (1000, 5000, 20000 are the sizes issue 5 names). */
  articles: number;
  seed: number;
  /** Also run the naive pipeline (plain `astro build`, then the Pagefind CLI) for comparison. */
  naive: boolean;
  /** Keep the temporary copies and logs. */
  keep: boolean;
  /** Command that builds the search index on its own, or null to look for an npm script. */
  searchCmd: string | null;
  /** Environment variable that makes the build skip its search integration. */
  searchOffEnv: [string, string];
  /** A stage whose process tree passes this much memory is killed (the machine is shared). */
  memLimitMB: number;
  timeoutSeconds: number;
  help: boolean;
}

/** Parse `bench`'s command line; throws an Error whose message is the one line to print. */
export function parseBenchArgs(argv: readonly string[], defaultMemLimitMB: number): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      articles: { type: 'string' },
      seed: { type: 'string', default: '1' },
      naive: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'search-cmd': { type: 'string' },
      'search-off-env': { type: 'string', default: 'NEWS_DIGEST_SEARCH=off' },
      'mem-limit-mb': { type: 'string' },
      'timeout-s': { type: 'string', default: '3600' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const off = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(values['search-off-env']);
  if (!off) throw new Error('--search-off-env needs NAME=VALUE');
  const common = {
    seed: parseCount('seed', values.seed, 0),
    naive: values.naive,
    keep: values.keep,
    searchCmd: values['search-cmd'] ?? null,
    searchOffEnv: [off[1]!, off[2]!] as [string, string],
    memLimitMB:
      values['mem-limit-mb'] === undefined
        ? defaultMemLimitMB
        : parseCount('mem-limit-mb', values['mem-limit-mb']),
    timeoutSeconds: parseCount('timeout-s', values['timeout-s']),
  };
  if (values.help) return { articles: 0, help: true, ...common };
  if (values.articles === undefined) throw new Error('give --articles N (1000, 5000 or 20000)');
  return { articles: parseCount('articles', values.articles), help: false, ...common };
}
