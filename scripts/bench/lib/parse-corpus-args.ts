import { parseArgs } from 'node:util';
import type { CorpusSize } from './generate-corpus.ts';

/** Usage line shown with option errors and by `--help`. */
export const CORPUS_USAGE =
  'usage: npm run bench:corpus -- (--editions N | --articles N) [--seed S] [--out DIR] [--check]';

/** The options of `bench:corpus`. */
export interface CorpusArgs {
  size: CorpusSize;
  seed: number;
  /** Output folder, or null for the default `bench/corpus/`. */
  out: string | null;
  /** Split every generated bulletin and compare with what was meant. */
  check: boolean;
  help: boolean;
}

/** A whole number ≥ min from an option value; throws with the option's name otherwise. */
export function parseCount(name: string, value: string, min = 1): number {
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new Error(`--${name} needs a whole number of at least ${min}, got "${value}"`);
  return Number(value);
}

/** Parse `bench:corpus`'s command line; throws an Error whose message is the one line to print. */
export function parseCorpusArgs(argv: readonly string[]): CorpusArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      editions: { type: 'string' },
      articles: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const seed = parseCount('seed', values.seed, 0);
  if (values.help) return { size: { editions: 0 }, seed, out: null, check: false, help: true };
  if ((values.editions === undefined) === (values.articles === undefined))
    throw new Error('give either --editions N or --articles N');
  const size: CorpusSize =
    values.editions !== undefined
      ? { editions: parseCount('editions', values.editions) }
      : { articles: parseCount('articles', values.articles!) };
  if (values.out === '') throw new Error('--out needs a folder');
  return { size, seed, out: values.out ?? null, check: values.check, help: false };
}
