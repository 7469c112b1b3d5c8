const DAY_MS = 86_400_000;

// One pass over every date form the wire copy uses, longest first, so no date is shifted twice.
const DATES =
  /(\d{4})年(\d{1,2})月(\d{1,2})日|(\d{1,2})月(\d{1,2})日|(?<![\d月.])(\d{1,2})日|(?<!\d)(\d{4})年/g;

/** Days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** An ISO date moved by a number of days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Move every date written in a story (`2025年6月16日`, `6月17日`, `18日`, `2025年`) by the days
 * between the story's own date `from` and its new date `to`, so the copy agrees with its dateline.
 * Dates without a year are read in `from`'s year (or the year before, as a dateline would be).
 */
export function shiftDates(text: string, from: string, to: string): string {
  const delta = daysBetween(from, to);
  if (delta === 0) return text;
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const yearShift = Number(to.slice(0, 4)) - fy;
  const moved = (y: number, m: number, d: number) =>
    new Date(Date.UTC(y, m - 1, d) + delta * DAY_MS);
  return text.replace(DATES, (whole, y1, m1, d1, m2, d2, d3, y4) => {
    if (y1 !== undefined) {
      const t = moved(Number(y1), Number(m1), Number(d1));
      return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日`;
    }
    if (m2 !== undefined) {
      const m = Number(m2);
      const t = moved(m > fm || (m === fm && Number(d2) > fd) ? fy - 1 : fy, m, Number(d2));
      return `${t.getUTCMonth() + 1}月${t.getUTCDate()}日`;
    }
    if (d3 !== undefined) {
      const d = Number(d3);
      // A bare day after the story's own day is last month's, as in `31日` printed on the 2nd.
      return `${moved(fy, d > fd ? fm - 1 : fm, d).getUTCDate()}日`;
    }
    if (y4 !== undefined) return `${Number(y4) + yearShift}年`;
    return whole;
  });
}
