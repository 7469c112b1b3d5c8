/** The figures of a GNU `time -v` report the benchmark uses. */
export interface TimeReport {
  wallSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  /** Peak resident set of the largest single process in the tree (Linux reports the maximum, not a sum). */
  maxRssKB: number;
  exitStatus: number | null;
  /** Set when the command died of a signal. */
  signal: number | null;
}

const field = (text: string, label: string): string | null => {
  const line = text.split('\n').find((l) => l.trimStart().startsWith(label));
  return line === undefined ? null : line.slice(line.lastIndexOf(': ') + 2).trim();
};

/** `h:mm:ss` or `m:ss.ss` as seconds. */
export function parseClock(clock: string): number {
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** Read the report `/usr/bin/time -v -o FILE` writes; throws when it holds no timing. */
export function parseTimeReport(text: string): TimeReport {
  const wall = field(text, 'Elapsed (wall clock) time');
  if (wall === null) throw new Error('no GNU time report (is /usr/bin/time GNU time?)');
  const signal = /Command terminated by signal (\d+)/.exec(text);
  const exit = field(text, 'Exit status');
  return {
    wallSeconds: parseClock(wall),
    userSeconds: Number(field(text, 'User time (seconds)') ?? 0),
    systemSeconds: Number(field(text, 'System time (seconds)') ?? 0),
    maxRssKB: Number(field(text, 'Maximum resident set size (kbytes)') ?? 0),
    exitStatus: exit === null ? null : Number(exit),
    signal: signal ? Number(signal[1]) : null,
  };
}
