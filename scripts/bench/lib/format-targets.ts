import type { TargetCheck } from './check-targets.ts';

/** The targets section of the report, after a blank line: one line a target, `met` or `MISS`. */
export function formatTargets(targets: readonly TargetCheck[]): string {
  return [
    '\ntargets (issue 5):',
    ...targets.map((t) => `  ${t.ok ? 'met ' : 'MISS'}  ${t.target}: ${t.value}`),
  ].join('\n');
}
