/**
 * JSON with object keys sorted at every level, two-space indent and a trailing newline: the same
 * data always gives the same bytes, whatever order it was built in, so files diff cleanly.
 */
export function toStableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/** A deep copy with every plain object's keys in code-point order (arrays keep their order). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  // Not localeCompare: its order depends on the ICU data of the machine.
  const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
}
