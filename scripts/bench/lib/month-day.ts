/** An ISO date as wire copy writes it without the year: `2025-06-08` → `6月8日`. */
export function monthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
