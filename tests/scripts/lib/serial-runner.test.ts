import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSerialRunner } from '../../../scripts/lib/serial-runner.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createSerialRunner', () => {
  it('runs once for a burst of requests, after the delay', async () => {
    const run = vi.fn(() => Promise.resolve());
    const runner = createSerialRunner(run, 300);
    runner.request();
    await vi.advanceTimersByTimeAsync(200);
    runner.request();
    runner.request();
    await vi.advanceTimersByTimeAsync(299);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never overlaps runs: requests during a run give exactly one more run after it', async () => {
    let active = 0;
    let most = 0;
    const run = vi.fn(async () => {
      active++;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      active--;
    });
    const runner = createSerialRunner(run, 10);
    runner.request();
    await vi.advanceTimersByTimeAsync(20);
    runner.request();
    await vi.advanceTimersByTimeAsync(20);
    runner.request();
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('keeps going after a failed run, and cancel drops a pending request', async () => {
    const run = vi.fn(() => Promise.reject(new Error('boom')));
    const runner = createSerialRunner(run, 10);
    runner.request();
    await vi.advanceTimersByTimeAsync(20);
    runner.request();
    await vi.advanceTimersByTimeAsync(20);
    expect(run).toHaveBeenCalledTimes(2);
    runner.request();
    runner.cancel();
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
