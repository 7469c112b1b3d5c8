import type { TimedLine } from './run-stage.ts';

/** Where a build's time went, read from its timestamped log. */
export interface BuildLogSummary {
  /** Consecutive phases with their seconds, in order (`start → content synced`, `render`, …). */
  phases: { phase: string; seconds: number }[];
  /** Pages per route pattern, with the sum and maximum of Astro's per-page times. */
  routes: { route: string; pages: number; totalMs: number; maxMs: number }[];
  /** Pages a search indexer said it indexed, when it said so. */
  indexedPages: number | null;
  /** Distinct words the Pagefind CLI said it indexed (the index grows with them). */
  indexedWords: number | null;
}

// Log lines that mark a phase boundary; each names the phase that ends there.
const MARKERS: readonly [RegExp, string][] = [
  [/\[content\] Syncing content/, 'start-up'],
  [/\[content\] Synced content/, 'content sync'],
  [/\[types\] Generated/, 'type generation'],
  [/\[build\] ✓ Completed in/, 'build info'],
  // With a previous dist/ present this gap is long: Astro clears the old output before bundling.
  [/Building static entrypoints/, 'pre-bundle (clears old dist)'],
  [/\[vite\] ✓ built in/, 'vite bundle'],
  [/generating static routes/, 'vite bundle (server)'],
  [/\[@astrojs\/sitemap\]/, 'sitemap'],
  [/indexed \d+ .*pages|Indexed \d+ pages?|pagefind/i, 'search index'],
  [/page\(s\) built in|Complete!/, 'finish'],
];
const PAGE = /[├└]─ (\S+) \(\+(\d+)ms\)/;

/** The route pattern of a built page: `/articles/2025-06-18/x/index.html` → `articles/[edition]/[slug]`. */
export function routeOf(path: string): string {
  const parts = path.replace(/^\/|\/?index\.html$/g, '').split('/');
  const named: Record<string, string[]> = {
    articles: ['[edition]', '[slug]'],
    editions: ['[date]'],
    tags: ['[tag]'],
    kinds: ['[kind]'],
  };
  const names = named[parts[0] ?? ''] ?? [];
  const route = parts.map((p, i) =>
    i === 0 ? p : /^\d+$/.test(p) ? '[page]' : (names[i - 1] ?? p),
  );
  return route.join('/') || '(home)';
}

/** Split a build log into phases (by the markers Astro, the sitemap and the indexer print) and routes. */
export function summarizeBuildLog(
  lines: readonly TimedLine[],
  endSeconds: number,
): BuildLogSummary {
  const phases: BuildLogSummary['phases'] = [];
  const routes = new Map<string, { pages: number; totalMs: number; maxMs: number }>();
  let last = 0;
  let firstPage: number | null = null;
  let lastPage = 0;
  let indexedPages: number | null = null;
  let indexedWords: number | null = null;
  const close = (phase: string, t: number) => {
    phases.push({ phase, seconds: Math.max(0, t - last) });
    last = t;
  };
  for (const { t, line } of lines) {
    const page = PAGE.exec(line);
    if (page) {
      if (firstPage === null) {
        // Before its first page Astro runs every getStaticPaths (loading the collections).
        close('static paths', t);
        firstPage = t;
      }
      lastPage = t;
      const r = routes.get(routeOf(page[1]!)) ?? { pages: 0, totalMs: 0, maxMs: 0 };
      const ms = Number(page[2]);
      routes.set(routeOf(page[1]!), {
        pages: r.pages + 1,
        totalMs: r.totalMs + ms,
        maxMs: Math.max(r.maxMs, ms),
      });
      continue;
    }
    const indexed = /(?:indexed|Indexed) (\d+) (?:article )?pages?/.exec(line);
    if (indexed) indexedPages = Number(indexed[1]);
    const words = /Indexed (\d+) words?/.exec(line);
    if (words) indexedWords = Number(words[1]);
    if (firstPage !== null && lastPage >= last) {
      close('render pages', lastPage);
    }
    // Astro's `Waiting for integration "…pagefind"` is printed while the hook runs: no boundary.
    const marker = /Waiting for integration/.test(line)
      ? undefined
      : MARKERS.find(([re]) => re.test(line));
    // Astro's second `Completed` ends rendering.
    if (marker?.[1] === 'build info' && firstPage !== null) close('after render', t);
    else if (marker) close(marker[1], t);
  }
  if (endSeconds > last) phases.push({ phase: 'exit', seconds: endSeconds - last });
  return {
    phases: merge(phases),
    routes: [...routes]
      .map(([route, r]) => ({ route, ...r }))
      .sort((a, b) => b.totalMs - a.totalMs),
    indexedPages,
    indexedWords,
  };
}

// Consecutive entries of one phase (several vite builds, say) read better as one.
function merge(phases: BuildLogSummary['phases']): BuildLogSummary['phases'] {
  const out: BuildLogSummary['phases'] = [];
  for (const p of phases) {
    const prev = out.at(-1);
    if (prev?.phase === p.phase) prev.seconds += p.seconds;
    else out.push({ ...p });
  }
  return out.filter((p) => p.seconds >= 0.05);
}
