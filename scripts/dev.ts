/**
 * CLI (`npm run dev -- [astro dev options]`): bring the editions up to date, start `astro dev`,
 * and re-run the incremental split whenever a bulletin or overrides file in content/bulletins
 * (or content/tags.yaml) changes or appears. Astro's glob loader then picks up the changed
 * articles and the browser reloads. Exits with astro's exit code.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { BULLETINS_DIR, PROJECT_ROOT } from './lib/project-paths.ts';
import { createSerialRunner } from './lib/serial-runner.ts';
import { isWatchedInput } from './lib/watched-input.ts';

// Long enough to coalesce the several events one save produces, short enough to feel instant.
const DEBOUNCE_MS = 300;
const ASTRO = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const SPLIT_ALL = join(PROJECT_ROOT, 'scripts', 'split-all.ts');

/** Run split-all in a child process (a fresh splitter each time), its output shown as it comes. */
function splitAll(): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SPLIT_ALL], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`dev: cannot run split-all: ${error.message}`);
      resolve();
    });
    child.on('exit', (code) => {
      // A bad bulletin or a hand edit is reported by split-all itself; the server keeps running.
      if (code !== 0) console.error(`dev: split-all exited ${code}; fix the input and save again`);
      resolve();
    });
  });
}

await splitAll();
const runner = createSerialRunner(splitAll, DEBOUNCE_MS);
mkdirSync(BULLETINS_DIR, { recursive: true });
const watchers: FSWatcher[] = [
  watch(BULLETINS_DIR, (_event, name) => {
    if (isWatchedInput(name)) runner.request();
  }),
  watch(join(PROJECT_ROOT, 'content'), (_event, name) => {
    if (name === 'tags.yaml') runner.request();
  }),
];
console.log('dev: watching content/bulletins and content/tags.yaml');

const astro = spawn(process.execPath, [ASTRO, 'dev', ...process.argv.slice(2)], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    runner.cancel();
    astro.kill(signal);
  });
}
astro.on('exit', (code, signal) => {
  for (const watcher of watchers) watcher.close();
  runner.cancel();
  process.exitCode = code ?? (signal === null ? 1 : 0);
});
