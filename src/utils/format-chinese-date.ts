/** Format an ISO date (`2025-06-18`) the way Chinese papers print it: `2025年6月18日`. */
export function formatChineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return year + '年' + month + '月' + day + '日';
}
