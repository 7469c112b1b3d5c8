/** A debounced, one-at-a-time runner: see createSerialRunner. */
export interface SerialRunner {
  /** Ask for a run: it starts `delayMs` after the last request, never while another run is going. */
  request(): void;
  /** Cancel a pending request (runs already started finish). */
  cancel(): void;
}

/**
 * Coalesce bursts of requests (an editor's save fires several file events) into one call of
 * `run`, and never overlap two runs: a request during a run makes exactly one more run after it.
 */
export function createSerialRunner(run: () => Promise<void>, delayMs: number): SerialRunner {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  const start = (): void => {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = true;
    void run()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          start();
        }
      });
  };
  return {
    request() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(start, delayMs);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      again = false;
    },
  };
}
