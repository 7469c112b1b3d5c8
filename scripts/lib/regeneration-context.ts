import { readFileSync } from 'node:fs';
import { sha256 } from '../../src/regenerate/sha256.ts';
import type { TagVocabulary } from '../../src/schemas/tag-vocabulary.ts';
import { failAfterFromEnv } from './fail-after-from-env.ts';
import type { TransactionHooks } from './file-transaction.ts';
import { loadVocabulary } from './load-vocabulary.ts';
import type { ProjectPaths } from './project-paths.ts';
import { splitterVersion } from './splitter-version.ts';

/** What every edition update of one run shares. */
export interface RegenerationContext {
  vocabulary: TagVocabulary;
  /** SHA-256 of content/tags.yaml. */
  tagsHash: string;
  /** splitterVersion() of the project. */
  splitter: string;
  /** The transaction hooks, with the `NEWS_DIGEST_FAIL_AFTER` test hook from the environment. */
  hooks: TransactionHooks;
}

/** Load the tag vocabulary (validated) and work out the versions an edition's manifest records. */
export function loadRegenerationContext(paths: ProjectPaths): RegenerationContext {
  const hooks = { failAfter: failAfterFromEnv() };
  const vocabulary = loadVocabulary(paths.tags);
  return {
    vocabulary,
    tagsHash: sha256(readFileSync(paths.tags)),
    splitter: splitterVersion(paths.root),
    hooks,
  };
}
