import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceVersion } from '../../../scripts/lib/source-version.ts';

describe('sourceVersion', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'source-version-'));
    write('src/a/one.ts', "import { x } from 'pkg';\nexport const one = x;\n");
    write('src/a/deep/two.ts', "import type { T } from 'typed-only';\nexport const two = 2;\n");
    write('src/b.ts', 'export const b = 1;\n');
    write('node_modules/pkg/package.json', '{"version":"1.0.0"}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is stable, and changes with any listed file, folder or imported package version', () => {
    const paths = ['src/a', 'src/b.ts'];
    const base = sourceVersion(root, paths);
    expect(sourceVersion(root, paths)).toBe(base);
    write('src/a/deep/two.ts', 'export const two = 3;\n');
    const changedDeep = sourceVersion(root, paths);
    expect(changedDeep).not.toBe(base);
    write('src/b.ts', 'export const b = 2;\n');
    const changedFile = sourceVersion(root, paths);
    expect(changedFile).not.toBe(changedDeep);
    write('node_modules/pkg/package.json', '{"version":"1.0.1"}');
    expect(sourceVersion(root, paths)).not.toBe(changedFile);
  });

  it('ignores files outside the listed paths and type-only imports', () => {
    const base = sourceVersion(root, ['src/a']);
    write('src/b.ts', 'export const b = 99;\n');
    write('node_modules/typed-only/package.json', '{"version":"9.9.9"}');
    expect(sourceVersion(root, ['src/a'])).toBe(base);
  });
});
