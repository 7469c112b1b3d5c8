/** One target of issue 5, checked against a benchmark's figures. */
export interface TargetCheck {
  target: string;
  value: string;
  ok: boolean;
}

/** The figures the targets are about. */
export interface TargetFigures {
  articles: number;
  firstWallSeconds: number;
  /** Peak memory of the first run: the larger of GNU time's single-process peak and the tree's sum. */
  firstPeakMB: number;
  secondWallSeconds: number | null;
  /** Edition folders the second run's split wrote into or removed from. */
  secondSplitEditions: string[] | null;
  newEdition: string;
  splitMBps: number;
  /** The whole-run time of an earlier 5,000-article result on this machine, for the growth target. */
  wallAt5000: number | null;
}

/** Check the targets of issue 5 that apply at this corpus size. */
export function checkTargets(f: TargetFigures): TargetCheck[] {
  const out: TargetCheck[] = [];
  const gb = (mb: number) => `${(mb / 1024).toFixed(2)} GB`;
  if (f.articles === 5000) {
    out.push({
      target: 'whole regeneration ≤ 25 s',
      value: `${f.firstWallSeconds.toFixed(1)} s`,
      ok: f.firstWallSeconds <= 25,
    });
    out.push({ target: 'peak RSS ≤ 1.5 GB', value: gb(f.firstPeakMB), ok: f.firstPeakMB <= 1536 });
  }
  if (f.articles === 20000) {
    out.push({ target: 'peak RSS ≤ 3 GB', value: gb(f.firstPeakMB), ok: f.firstPeakMB <= 3072 });
    if (f.wallAt5000 !== null) {
      const growth = f.firstWallSeconds / f.wallAt5000;
      out.push({
        target: 'time grows no faster than linearly from 5,000 (≤ 4×)',
        value: `${growth.toFixed(2)}× (${f.wallAt5000.toFixed(1)} s → ${f.firstWallSeconds.toFixed(1)} s)`,
        ok: growth <= 4,
      });
    }
  }
  if (f.secondSplitEditions !== null) {
    const only = f.secondSplitEditions.length === 1 && f.secondSplitEditions[0] === f.newEdition;
    out.push({
      target: 'second run: split touches only the new bulletin',
      value: `edition folders written: ${f.secondSplitEditions.length}${only ? ` (${f.newEdition})` : ''}`,
      ok: only,
    });
  }
  if (f.secondWallSeconds !== null) {
    out.push({
      target: 'second run faster than the first',
      value: `${f.secondWallSeconds.toFixed(1)} s vs ${f.firstWallSeconds.toFixed(1)} s`,
      ok: f.secondWallSeconds < f.firstWallSeconds,
    });
  }
  out.push({
    target: 'split throughput ≥ 20 MB/s',
    value: `${f.splitMBps.toFixed(1)} MB/s`,
    ok: f.splitMBps >= 20,
  });
  return out;
}
