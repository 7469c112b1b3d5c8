import type { BenchArgs } from './parse-bench-args.ts';

/** How the search index is built in this copy of the project. */
export interface SearchPlan {
  /** The standalone indexer, or null when only the build's integration builds the index. */
  indexer: string[] | null;
  describe: string;
}

/** Find the standalone search indexer (option or npm script); without one the build's integration builds the index. */
export function planSearch(args: Pick<BenchArgs, 'searchCmd' | 'searchOffEnv'>): SearchPlan {
  if (args.searchCmd !== null) {
    const words = args.searchCmd.split(/\s+/).filter(Boolean);
    return {
      // Stages run under this process's own Node, so a leading `node` is dropped.
      indexer: words[0] === 'node' ? words.slice(1) : words,
      describe: `built by \`${args.searchCmd}\` after the build with ${args.searchOffEnv.join('=')}`,
    };
  }
  // `npm run build` indexes inside astro build (the integration starts the indexer at build start,
  // beside page rendering), so that is what is measured unless an indexer is named.
  return {
    indexer: null,
    describe:
      'built by the Pagefind integration inside astro build, beside page rendering (as npm run ' +
      'build does); pass --search-cmd to time a standalone indexer after the build instead',
  };
}
