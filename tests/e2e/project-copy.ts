import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The project root (this file is tests/e2e/project-copy.ts). */
export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * A throwaway copy of the project with no bulletins and no articles yet: config, src, scripts,
 * public and the tag vocabulary. node_modules is a folder of links to the project's packages,
 * so Astro's and Vite's caches of the copy stay in the copy.
 */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-digest-e2e-'));
  for (const entry of [
    'package.json',
    'astro.config.mjs',
    'tsconfig.json',
    'src',
    'scripts',
    'public',
  ]) {
    if (existsSync(join(ROOT, entry)))
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'content', 'bulletins'), { recursive: true });
  cpSync(join(ROOT, 'content', 'tags.yaml'), join(dir, 'content', 'tags.yaml'));
  mkdirSync(join(dir, 'node_modules'));
  for (const pkg of readdirSync(join(ROOT, 'node_modules'))) {
    if (pkg === '.astro' || pkg === '.vite' || pkg === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', pkg), join(dir, 'node_modules', pkg));
  }
  return dir;
}

/** Exit code and output of a command run in the copy. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `node <script> ...args` in `cwd`, with the test runner's variables kept out of the child. */
export function runNode(
  cwd: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Run {
  const clean: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env };
  // Vite and Astro change behaviour under VITEST / NODE_ENV=test.
  for (const key of Object.keys(clean))
    if (key.startsWith('VITEST') || key === 'TEST' || key === 'NODE_ENV') delete clean[key];
  const run = spawnSync(process.execPath, [script, ...args], {
    cwd,
    env: clean,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 5 * 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
