import { describe, expect, it } from 'vitest';
import { getModifiedDate } from '../../src/utils/get-modified-date.ts';

describe('getModifiedDate', () => {
  it('is the edition date without corrections', () => {
    expect(getModifiedDate({ edition: '2025-06-18', corrections: [] })).toBe('2025-06-18');
  });

  it('is the latest correction date, whatever their order', () => {
    const corrections = [
      { date: '2025-06-21', note: '乙' },
      { date: '2025-06-19', note: '甲' },
    ];
    expect(getModifiedDate({ edition: '2025-06-18', corrections })).toBe('2025-06-21');
  });
});
