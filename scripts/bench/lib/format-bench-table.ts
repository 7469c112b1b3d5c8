/** One row of a benchmark table. */
export interface TableRow {
  stage: string;
  wallSeconds: number;
  /** GNU time's peak: the largest single process. */
  peakRssMB: number;
  /** Sampled peak of the whole process tree added up. */
  treeRssMB: number;
  /** Pages (or files) the stage wrote, with their unit: `5000 md`, `20132 html`, `5000 indexed`. */
  pages: number | null;
  unit: string;
  outputMB: number | null;
  note?: string;
}

const HEAD = [
  'stage',
  'wall s',
  'peak RSS MB',
  'tree RSS MB',
  'pages written',
  'ms/page',
  'output MB',
];

/** A plain-text table of stage rows plus a total row (time added up, memory the maximum). */
export function formatBenchTable(rows: readonly TableRow[]): string {
  const total: TableRow = {
    stage: 'total',
    wallSeconds: rows.reduce((s, r) => s + r.wallSeconds, 0),
    peakRssMB: Math.max(...rows.map((r) => r.peakRssMB)),
    treeRssMB: Math.max(...rows.map((r) => r.treeRssMB)),
    pages: null,
    unit: '',
    outputMB: null,
  };
  const cells = [...rows, total].map((r) => [
    r.stage,
    r.wallSeconds.toFixed(2),
    r.peakRssMB.toFixed(0),
    r.treeRssMB.toFixed(0),
    r.pages === null ? '' : `${r.pages} ${r.unit}`,
    r.pages ? ((r.wallSeconds * 1000) / r.pages).toFixed(2) : '',
    r.outputMB === null ? '' : r.outputMB.toFixed(1),
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  const notes = rows.flatMap((r) => (r.note ? [`  * ${r.stage}: ${r.note}`] : []));
  return [line(HEAD), ...cells.map(line), ...notes].join('\n');
}
