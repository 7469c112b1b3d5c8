import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files under a folder: relative path → size and modification time. */
export type FileScan = Map<string, { bytes: number; mtimeMs: number }>;

/** Every file under `dir` (none when it does not exist). */
export function scanFiles(dir: string): FileScan {
  const out: FileScan = new Map();
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const stat = statSync(path);
    out.set(relative(dir, path), { bytes: stat.size, mtimeMs: stat.mtimeMs });
  }
  return out;
}

/** Files of `after` that are new or changed since `before`, optionally only those matching `only`. */
export function writtenFiles(before: FileScan, after: FileScan, only?: RegExp): string[] {
  return [...after]
    .filter(([path, f]) => {
      if (only && !only.test(path)) return false;
      const old = before.get(path);
      return old === undefined || old.mtimeMs !== f.mtimeMs || old.bytes !== f.bytes;
    })
    .map(([path]) => path);
}

/** Total bytes of the files in a scan, optionally only those matching `only`. */
export function totalBytes(scan: FileScan, only?: (path: string) => boolean): number {
  let sum = 0;
  for (const [path, f] of scan) if (!only || only(path)) sum += f.bytes;
  return sum;
}
