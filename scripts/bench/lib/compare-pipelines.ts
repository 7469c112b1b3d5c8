import { totalWallSeconds, type PipelineResult } from './pipeline-result.ts';

/** The naive pipeline against ours: ratios naive / ours (above 1: ours does better). */
export interface PipelineRatios {
  time: number;
  peakRss: number;
  treeRss: number;
  naiveWallSeconds: number;
  oursWallSeconds: number;
}

/** Compare two pipelines: total wall time, and the largest peak and tree RSS of any stage. */
export function comparePipelines(naive: PipelineResult, ours: PipelineResult): PipelineRatios {
  const peak = (p: PipelineResult) => Math.max(...p.stages.map((s) => s.peakRssMB));
  const tree = (p: PipelineResult) => Math.max(...p.stages.map((s) => s.treeRssMB));
  return {
    time: totalWallSeconds(naive.stages) / totalWallSeconds(ours.stages),
    peakRss: peak(naive) / peak(ours),
    treeRss: tree(naive) / tree(ours),
    naiveWallSeconds: totalWallSeconds(naive.stages),
    oursWallSeconds: totalWallSeconds(ours.stages),
  };
}
