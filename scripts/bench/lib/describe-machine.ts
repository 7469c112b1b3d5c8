import { cpus, freemem, loadavg, totalmem } from 'node:os';

/** The machine a benchmark ran on, stored with its results: figures only compare on like machines. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  totalmemBytes: number;
  freememBytes: number;
  node: string;
  platform: string;
  /** 1-, 5- and 15-minute load averages: other work on the machine slows every figure. */
  loadavg: number[];
}

/** This machine's cores, memory, Node version, platform and current load. */
export function describeMachine(): MachineInfo {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    totalmemBytes: totalmem(),
    freememBytes: freemem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadavg: loadavg(),
  };
}
