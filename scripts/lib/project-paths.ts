import { join, relative, sep } from 'node:path';

/** The project's root folder, found from this file so scripts work from any working directory. */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** Where the raw bulletins live, `content/bulletins/YYYY-MM-DD*.txt`. */
export const BULLETINS_DIR = join(PROJECT_ROOT, 'content', 'bulletins');

/** Where generated editions go, `content/articles/<date>/<slug>.md`. */
export const ARTICLES_DIR = join(PROJECT_ROOT, 'content', 'articles');

/** The editors' tag vocabulary. */
export const TAGS_FILE = join(PROJECT_ROOT, 'content', 'tags.yaml');

/** Every place the regeneration reads or writes, for one project folder. */
export interface ProjectPaths {
  /** The project folder. */
  root: string;
  /** `content/bulletins`: bulletins, `<date>.overrides.yaml`, `<date>.urls.json`. */
  bulletins: string;
  /** `content/articles`: one folder per edition. */
  articles: string;
  /** `content/reports`: `<date>.json` edition reports. */
  reports: string;
  /** `content/backups`: hand-edited files saved by `--force` before they were overwritten. */
  backups: string;
  /** `content/tags.yaml`. */
  tags: string;
}

/** The paths of the project at `root` (this project by default). */
export function projectPaths(root: string = PROJECT_ROOT): ProjectPaths {
  const content = join(root, 'content');
  return {
    root,
    bulletins: join(content, 'bulletins'),
    articles: join(content, 'articles'),
    reports: join(content, 'reports'),
    backups: join(content, 'backups'),
    tags: join(content, 'tags.yaml'),
  };
}

/** A path inside the project as recorded in manifests: relative to the root, with `/`. */
export function projectPath(paths: ProjectPaths, path: string): string {
  return relative(paths.root, path).split(sep).join('/');
}
