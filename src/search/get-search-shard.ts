/**
 * The search-index shard an edition belongs to: its calendar quarter, e.g. `2025-q2`.
 *
 * Why quarters: Pagefind holds a whole index in memory while it builds it (about 0.3 MB per
 * article), so one index for ten years of articles does not fit a small machine; a quarter is
 * about 550 articles of a daily bulletin. Shards of past quarters never change, so a new bulletin
 * re-indexes only its own quarter, and the search page merges the shards in the browser.
 */
export function getSearchShard(edition: string): string {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(edition);
  if (!m) throw new Error(`${edition}: not an edition date (YYYY-MM-DD)`);
  return `${m[1]}-q${Math.ceil(Number(m[2]) / 3)}`;
}
