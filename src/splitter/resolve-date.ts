/** ISO date of a dateline's month and day (or day alone): the latest such date not after the bulletin (a day's grace). */
export function resolveDate(
  month: number | null,
  day: number | null,
  bulletinDate: string,
): string {
  if (day === null) return bulletinDate;
  const bulletin = Date.parse(`${bulletinDate}T00:00:00Z`);
  const year = Number(bulletinDate.slice(0, 4));
  // A day alone (`柏林17日电`) is in the bulletin's month, or the month before when that is later.
  if (month === null) {
    const m = Number(bulletinDate.slice(5, 7));
    const inMonth = resolveDate(m, day, bulletinDate);
    return inMonth.slice(0, 7) === bulletinDate.slice(0, 7)
      ? inMonth
      : resolveDate(m === 1 ? 12 : m - 1, day, bulletinDate);
  }
  // Stories are filed before they are printed, so a December dateline in a January bulletin is last year's.
  for (const y of [year + 1, year, year - 1, year - 2, year - 3, year - 4]) {
    const iso = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const t = Date.parse(`${iso}T00:00:00Z`);
    const real = !Number.isNaN(t) && new Date(t).toISOString().startsWith(iso);
    if (real && t <= bulletin + 86_400_000) return iso;
  }
  return bulletinDate;
}
