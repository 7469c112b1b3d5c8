import { execFileSync } from 'node:child_process';

/** The commit a benchmark ran on, and the uncommitted changes to the code it measures. */
export interface GitState {
  commit: string;
  /** `git status --porcelain` lines for src, scripts and the config the build reads. */
  changed: string[];
}

/** The commit and the uncommitted changes in `root` (others edit the tree too); empty outside git. */
export function gitState(root: string): GitState {
  try {
    const git = (...a: string[]) => execFileSync('git', ['-C', root, ...a], { encoding: 'utf8' });
    return {
      commit: git('rev-parse', 'HEAD').trim(),
      changed: git(
        'status',
        '--porcelain',
        '--',
        'src',
        'scripts',
        'astro.config.mjs',
        'package.json',
      )
        .split('\n')
        .filter(Boolean),
    };
  } catch {
    return { commit: '', changed: [] };
  }
}
