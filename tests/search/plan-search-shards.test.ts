import { describe, expect, it } from 'vitest';
import { planSearchShards } from '../../src/search/plan-search-shards.ts';

// A readable stand-in for a hash: the key is the text itself, so tests can see what it covers.
const identity = (text: string) => text;
const files = [
  { path: '2025-06-18/b.md', hash: 'h1' },
  { path: '2024-12-31/c.md', hash: 'h2' },
  { path: '2025-06-18/a.md', hash: 'h3' },
  { path: '2025-04-02/d.md', hash: 'h4' },
];

describe('planSearchShards', () => {
  it('groups files by quarter, newest shard first, files in path order', () => {
    const plan = planSearchShards(files, new Map(), 'v1', identity);
    expect(plan.shards.map((s) => [s.shard, s.files])).toEqual([
      ['2025-q2', ['2025-04-02/d.md', '2025-06-18/a.md', '2025-06-18/b.md']],
      ['2024-q4', ['2024-12-31/c.md']],
    ]);
    expect(plan.shards.every((s) => s.build)).toBe(true);
    expect(plan.remove).toEqual([]);
  });

  it('reuses a cached shard whose files are unchanged and rebuilds the one that changed', () => {
    const first = planSearchShards(files, new Map(), 'v1', identity);
    const cached = new Map(first.shards.map((s) => [s.shard, s.key]));
    const changed = files.map((f) => (f.path === '2025-06-18/a.md' ? { ...f, hash: 'new' } : f));
    const plan = planSearchShards(changed, cached, 'v1', identity);
    expect(plan.shards.map((s) => [s.shard, s.build])).toEqual([
      ['2025-q2', true],
      ['2024-q4', false],
    ]);
  });

  it('rebuilds a shard when a file is added or removed, or the version changes', () => {
    const first = planSearchShards(files, new Map(), 'v1', identity);
    const cached = new Map(first.shards.map((s) => [s.shard, s.key]));
    const added = [...files, { path: '2024-10-01/e.md', hash: 'h5' }];
    expect(planSearchShards(added, cached, 'v1', identity).shards[1]!.build).toBe(true);
    const removed = files.filter((f) => f.path !== '2025-04-02/d.md');
    expect(planSearchShards(removed, cached, 'v1', identity).shards[0]!.build).toBe(true);
    expect(planSearchShards(files, cached, 'v2', identity).shards.every((s) => s.build)).toBe(true);
  });

  it('lists cached shards that no longer have articles for removal', () => {
    const cached = new Map([
      ['2023-q1', 'old'],
      ['2025-q2', 'x'],
    ]);
    const plan = planSearchShards(files, cached, 'v1', identity);
    expect(plan.remove).toEqual(['2023-q1']);
  });
});
