import type { PipelineRatios } from './compare-pipelines.ts';

/** The line comparing the naive pipeline with ours (first run). */
export function formatRatios(ratios: PipelineRatios): string {
  return (
    `naive / ours (first run, whole regeneration vs astro build + Pagefind CLI): ` +
    `time ${ratios.time.toFixed(2)}×, peak RSS ${ratios.peakRss.toFixed(2)}×, ` +
    `tree RSS ${ratios.treeRss.toFixed(2)}×`
  );
}
