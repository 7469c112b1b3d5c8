const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** The weekday of an ISO date in Chinese, e.g. `2025-06-18` → `星期三`, as a paper's masthead shows it. */
export function getChineseWeekday(iso: string): string {
  return '星期' + WEEKDAYS[new Date(iso + 'T00:00:00Z').getUTCDay()];
}
