import { formatBenchTable } from './format-bench-table.ts';
import type { PipelineResult } from './pipeline-result.ts';

/** A pipeline's section of the report: title, table of stages, load before each stage, blank line. */
export function formatPipeline(title: string, p: PipelineResult): string {
  // Other work on the machine slows every figure; the load says how much there was.
  const load = p.stages.map((s) => `${s.stage} ${s.loadBefore.toFixed(1)}`).join(', ');
  const table = formatBenchTable(p.stages);
  // The empty last line leaves a blank line between sections.
  return [title, table, `  load average before each stage: ${load}`, ''].join('\n');
}
