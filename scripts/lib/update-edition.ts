import { NO_OVERRIDES, parseOverrides } from '../../src/regenerate/parse-overrides.ts';
import type { Overrides } from '../../src/schemas/overrides.ts';
import { displayPath } from './display-path.ts';
import {
  folderOf,
  prepareEdition,
  type EditionJob,
  type PreparedEdition,
} from './prepare-edition.ts';
import type { EditionFolder } from './read-edition-folder.ts';
import { splitAndBuild, type BuildInputs, type SplitAndBuilt } from './split-and-build.ts';
import type { SplitTextOptions } from './split-text.ts';
import { stageEdition, type EditionOutcome } from './stage-edition.ts';

/** What splits a bulletin and builds its edition: in this thread by default, a worker pool in split-all. */
export type EditionBuilder = typeof splitAndBuild;

/** Bring one edition up to date: skip it when unchanged, else split, apply overrides and write it atomically. */
export async function updateEdition(
  job: EditionJob,
  build: EditionBuilder = splitAndBuild,
): Promise<EditionOutcome> {
  const prepared = prepareEdition(job);
  return finishEdition(prepared, await startBuild(prepared, build));
}

/** Start splitting (and, when stale, building) a prepared edition; null when it needs neither. */
export async function startBuild(
  prepared: PreparedEdition,
  build: EditionBuilder,
): Promise<SplitAndBuilt | null> {
  if (!prepared.needsSplit) return null;
  // Parsed before splitting: its line controls steer the split, even one made only for the report.
  const overridesFile = displayPath(prepared.files.overrides);
  const overrides =
    prepared.overridesText === null
      ? NO_OVERRIDES
      : parseOverrides(prepared.overridesText, overridesFile);
  const options: SplitTextOptions = {
    date: prepared.job.date,
    file: prepared.job.bulletinName,
    vocabulary: prepared.job.vocabulary,
    controls: { lines: overrides.lines, file: overridesFile },
  };
  return build(prepared.job.text, options, buildInputs(prepared, overrides));
}

/** The inputs of a stale edition's build, or null when it is only split for its report. */
function buildInputs(prepared: PreparedEdition, overrides: Overrides): BuildInputs | null {
  const { job, files, registryText, fresh } = prepared;
  if (fresh.reasons.length === 0) return null;
  return {
    bulletinFile: job.bulletinName,
    overrides,
    overridesFile: displayPath(files.overrides),
    registryText,
    registryFile: displayPath(files.registry),
    onDisk: onDiskSlugs(folderOf(prepared)),
  };
}

/**
 * Write a prepared edition given its split and build (null when it needs none): the whole edition
 * in one transaction, or, when it is up to date, only a re-encoded bulletin.
 */
export function finishEdition(
  prepared: PreparedEdition,
  split: SplitAndBuilt | null,
): EditionOutcome {
  const { outcome, transaction } = stageEdition(prepared, split);
  if (transaction !== null && !transaction.isEmpty) transaction.commit();
  return outcome;
}

/** id → slug of the articles in the edition folder (generated or hand-edited). */
function onDiskSlugs(folder: EditionFolder): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const { state } of folder.files)
    if (state.kind !== 'foreign') slugs.set(state.data.id, state.data.slug);
  return slugs;
}

export type { EditionJob } from './prepare-edition.ts';
export type { EditionOutcome } from './stage-edition.ts';
