import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectPaths } from '../../../scripts/lib/project-paths.ts';
import type { EditionJob } from '../../../scripts/lib/update-edition.ts';
import { sha256 } from '../../../src/regenerate/sha256.ts';
import { loadVocabulary } from '../../helpers/load-vocabulary.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The seed bulletin's text, as the project keeps it. */
export const SEED = readFileSync(join(ROOT, 'content/bulletins/2025-06-18.txt'), 'utf8');

/** An updateEdition job for the seed edition in a project folder, with `extra` on top. */
export function seedEditionJob(paths: ProjectPaths, extra: Partial<EditionJob> = {}): EditionJob {
  return {
    paths,
    date: '2025-06-18',
    bulletinName: '2025-06-18.txt',
    text: SEED,
    storeBulletin: false,
    vocabulary: loadVocabulary(),
    tagsHash: sha256(readFileSync(paths.tags)),
    splitter: 'a'.repeat(64),
    force: false,
    always: false,
    wantResult: false,
    hooks: {},
    ...extra,
  };
}
