/**
 * CLI (npm prebuild, `npm run split-all`): bring every edition up to date, re-splitting only those
 * whose bulletin, overrides, URL registry, tag vocabulary or splitter changed (see the manifest in
 * each edition folder), and remove editions whose bulletin is gone. See SPLIT_ALL_USAGE and
 * lib/run-split-all.ts. Exit 2 on bad input, 3 when hand-edited articles were left alone, 1 on
 * internal errors.
 */
import { enableProjectCompileCache } from './lib/enable-compile-cache.ts';

// Before anything else is loaded, so that the splitter's modules come from the cache.
enableProjectCompileCache();
await import('./lib/run-split-all.ts');
