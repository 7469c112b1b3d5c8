import { sourceVersion } from './source-version.ts';
import { PROJECT_ROOT } from './project-paths.ts';

/** The code that decides what an edition's files contain. */
const SOURCE_DIRS = ['src/splitter', 'src/regenerate', 'src/schemas'];

/**
 * A hash of the splitter, the regeneration code, the schemas, and the version of every package
 * they import: any change that could change an edition's files re-splits it. A hand-bumped
 * constant would be forgotten; a spurious change (a comment) only costs a re-split that writes
 * the same articles again.
 */
export function splitterVersion(root: string = PROJECT_ROOT): string {
  return sourceVersion(root, SOURCE_DIRS);
}
