import { beforeAll, describe, expect, it } from 'vitest';
import { splitCase, type QuirkCase } from './helpers.ts';

describe('quirk: datelines across the new year (bulletin of 2025-01-02)', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('year-boundary');
  });

  it('a 12月31日 dateline in a January bulletin is the previous year', () => {
    expect(c.article('我国成功发射')).toMatchObject({
      dateline: '新华社酒泉12月31日电',
      date: '2024-12-31',
      edition: '2025-01-02',
    });
  });

  it('January datelines are the bulletin year', () => {
    expect(c.article('多地举办新年')).toMatchObject({ date: '2025-01-01', edition: '2025-01-02' });
    expect(c.article('日本东京股市')).toMatchObject({ date: '2025-01-02', edition: '2025-01-02' });
  });

  it('据新华社电 (no date) takes the bulletin date', () => {
    expect(c.article('新年首批中欧班列')).toMatchObject({
      dateline: '据新华社电',
      date: '2025-01-02',
      edition: '2025-01-02',
    });
  });

  it('every article carries the edition date', () => {
    expect(c.result.articles).toHaveLength(4);
    for (const a of c.result.articles) expect(a.edition).toBe('2025-01-02');
    expect(c.result.bulletin.date).toBe('2025-01-02');
  });
});
