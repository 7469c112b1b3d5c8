import { join } from 'node:path';

/** The project's root folder, found from this file so scripts work from any working directory. */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** Where the raw bulletins live, `content/bulletins/YYYY-MM-DD*.txt`. */
export const BULLETINS_DIR = join(PROJECT_ROOT, 'content', 'bulletins');

/** Where generated editions go, `content/articles/<date>/<slug>.md`. */
export const ARTICLES_DIR = join(PROJECT_ROOT, 'content', 'articles');

/** The editors' tag vocabulary. */
export const TAGS_FILE = join(PROJECT_ROOT, 'content', 'tags.yaml');
