import { sha256 } from '../../src/regenerate/sha256.ts';
import type { TagVocabulary } from '../../src/schemas/tag-vocabulary.ts';
import { editionFiles, type EditionFiles } from './edition-files.ts';
import { editionFreshness, isEditionIntact, type Freshness } from './edition-freshness.ts';
import type { TransactionHooks } from './file-transaction.ts';
import { projectPath, type ProjectPaths } from './project-paths.ts';
import { readEditionFolder, readOptional, type EditionFolder } from './read-edition-folder.ts';

/** One edition to bring up to date. */
export interface EditionJob {
  paths: ProjectPaths;
  date: string;
  /** The bulletin's file name under content/bulletins. */
  bulletinName: string;
  /** The decoded bulletin text (LF, no BOM). */
  text: string;
  /** Also store `text` as the bulletin file, UTF-8, in the same transaction (ingest). */
  storeBulletin: boolean;
  vocabulary: TagVocabulary;
  /** SHA-256 of content/tags.yaml. */
  tagsHash: string;
  /** splitterVersion(). */
  splitter: string;
  /** Overwrite hand-edited files, backing them up first. */
  force: boolean;
  /** Regenerate even if the manifest says nothing changed. */
  always: boolean;
  /** Split even when the edition is up to date, to print the report. */
  wantResult: boolean;
  hooks: TransactionHooks;
}

/** An edition read from disk and checked against its manifest; nothing written yet. */
export interface PreparedEdition {
  job: EditionJob;
  files: EditionFiles;
  overridesText: string | null;
  registryText: string | null;
  reportText: string | null;
  /** The edition folder, classified; null when the edition was found intact from hashes alone. */
  folder: EditionFolder | null;
  fresh: Freshness;
  /** The stored bulletin's text (the job's own text unless the job stores the bulletin). */
  storedText: string | null;
  /** Whether the bulletin must be split: the edition is stale, or the job wants the report. */
  needsSplit: boolean;
}

/**
 * Read an edition's inputs and folder and decide whether it must be regenerated. Only reads, so
 * split-all can prepare editions ahead while earlier ones are still being split and written.
 */
export function prepareEdition(job: EditionJob): PreparedEdition {
  const { paths, date } = job;
  const files = editionFiles(paths, date, job.bulletinName);
  const overridesText = readOptional(files.overrides);
  const registryText = readOptional(files.registry);
  const reportText = readOptional(files.report);
  const check = {
    paths,
    files,
    date,
    splitter: job.splitter,
    report: reportText,
    inputs: editionInputs(job, files, overridesText, registryText),
  };
  // An intact edition (most of them, on a rerun) is never classified: it will not be touched.
  const intact = !job.always && isEditionIntact(check);
  const folder = intact ? null : readEditionFolder(files.dir, date);
  const fresh =
    folder === null
      ? { reasons: [], edited: [] }
      : job.always
        ? { reasons: ['--all'], edited: [] }
        : editionFreshness({ ...check, folder });
  const storedText = job.storeBulletin ? readOptional(files.bulletin) : job.text;
  const needsSplit = fresh.reasons.length > 0 || job.wantResult;
  return {
    job,
    files,
    overridesText,
    registryText,
    reportText,
    folder,
    fresh,
    storedText,
    needsSplit,
  };
}

/** The manifest's inputs: project path → SHA-256 of the bulletin, overrides, URL registry and tags. */
export function editionInputs(
  job: EditionJob,
  files: EditionFiles,
  overridesText: string | null,
  registryText: string | null,
): Record<string, string | null> {
  const rel = (path: string) => projectPath(job.paths, path);
  return {
    [rel(files.bulletin)]: sha256(job.text),
    [rel(files.overrides)]: overridesText === null ? null : sha256(overridesText),
    [rel(files.registry)]: registryText === null ? null : sha256(registryText),
    [rel(job.paths.tags)]: job.tagsHash,
  };
}

/** The folder of an edition being regenerated (read in full whenever the edition is not intact). */
export function folderOf(prepared: PreparedEdition): EditionFolder {
  if (prepared.folder === null) throw new Error(`${prepared.job.date}: its folder was not read`);
  return prepared.folder;
}
