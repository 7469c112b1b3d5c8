import type { MachineInfo } from './describe-machine.ts';
import type { CorpusSummary } from './write-corpus.ts';

const MB = 1e6;

/**
 * The report's first line: the corpus benchmarked and the machine it ran on. The processor is named
 * because the same commit's figures differ by half between two machines sold as 2 cores.
 */
export function formatBenchHeader(
  corpus: CorpusSummary,
  seed: number,
  machine: MachineInfo,
): string {
  return (
    `news-digest bench: ${corpus.articles} articles in ${corpus.editions} bulletins ` +
    `(${corpus.oldest} … ${corpus.newest}, ${(corpus.bytes / MB).toFixed(1)} MB), seed ${seed}; ` +
    `${machine.cpus} cores${machine.cpuModel ? ` (${machine.cpuModel.trim()})` : ''}, ${(machine.totalmemBytes / 2 ** 30).toFixed(1)} GiB, node ${machine.node}, ` +
    `load ${machine.loadavg.map((l) => l.toFixed(2)).join(' ')}`
  );
}
