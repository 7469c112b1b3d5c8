import type { PipelineResult } from './pipeline-result.ts';

// Routes listed for each build: the ones that took longest to render.
const ROUTES_SHOWN = 6;

/**
 * Where each build's time went, from its log: a line of phases for every stage that logged any,
 * followed by the slowest routes by Astro's per-page times when there are some.
 */
export function formatPhases(p: PipelineResult): string[] {
  const lines: string[] = [];
  for (const s of p.stages) {
    if (!s.log || s.log.phases.length === 0) continue;
    const phases = s.log.phases.map((x) => `${x.phase} ${x.seconds.toFixed(1)}`).join(', ');
    lines.push(`${p.label} ${s.stage} phases (s): ${phases}`);
    const routes = s.log.routes
      .slice(0, ROUTES_SHOWN)
      .map((r) => `${r.route} ${r.pages}p ${(r.totalMs / 1000).toFixed(1)} s (max ${r.maxMs} ms)`)
      .join('; ');
    if (routes) lines.push(`  routes by render time: ${routes}`);
  }
  return lines;
}
