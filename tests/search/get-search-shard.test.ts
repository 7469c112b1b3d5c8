import { describe, expect, it } from 'vitest';
import { getSearchShard } from '../../src/search/get-search-shard.ts';

describe('getSearchShard', () => {
  it('puts an edition in its calendar quarter', () => {
    expect(getSearchShard('2025-01-01')).toBe('2025-q1');
    expect(getSearchShard('2025-03-31')).toBe('2025-q1');
    expect(getSearchShard('2025-04-01')).toBe('2025-q2');
    expect(getSearchShard('2025-06-18')).toBe('2025-q2');
    expect(getSearchShard('2024-09-30')).toBe('2024-q3');
    expect(getSearchShard('2024-12-31')).toBe('2024-q4');
  });

  it('refuses a name that is not an edition date', () => {
    expect(() => getSearchShard('2025-6-18')).toThrow(/2025-6-18: not an edition date/);
  });
});
