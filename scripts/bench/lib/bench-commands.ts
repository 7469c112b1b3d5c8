/** The commands the stages run, relative to a copy of the project; each runs under this Node. */
export const BENCH_COMMANDS = {
  split: ['scripts/split-all.ts'],
  astroBuild: ['node_modules/astro/bin/astro.mjs', 'build'],
  pagefindCli: ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'],
} as const;
