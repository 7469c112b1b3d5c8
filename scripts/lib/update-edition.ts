import { join } from 'node:path';
import { buildEdition, type BuiltEdition } from '../../src/regenerate/build-edition.ts';
import { MANIFEST_NAME } from '../../src/regenerate/classify-article-file.ts';
import { renderManifest } from '../../src/regenerate/edition-manifest.ts';
import { NO_OVERRIDES, parseOverrides } from '../../src/regenerate/parse-overrides.ts';
import { parseUrlRegistry } from '../../src/regenerate/parse-url-registry.ts';
import { planEdition, type EditionPlan } from '../../src/regenerate/plan-edition.ts';
import { sha256 } from '../../src/regenerate/sha256.ts';
import type { SplitResult } from '../../src/schemas/split-result.ts';
import { displayPath } from './display-path.ts';
import type { EditionFiles } from './edition-files.ts';
import { foreignFile } from './edition-freshness.ts';
import {
  editionInputs,
  prepareEdition,
  type EditionJob,
  type PreparedEdition,
} from './prepare-edition.ts';
import { projectPath } from './project-paths.ts';
import type { EditionFolder } from './read-edition-folder.ts';
import { splitText, type SplitTextOptions } from './split-text.ts';
import { writeEditionFiles } from './write-edition-files.ts';

/** What happened to the edition. */
export interface EditionOutcome {
  status: 'unchanged' | 'written' | 'conflict';
  files: EditionFiles;
  /** Why it was regenerated. */
  reasons: string[];
  /** Hand-edited articles kept as they are (project paths). */
  edited: string[];
  /** The split, when the edition was regenerated or `wantResult` asked for it. */
  result: SplitResult | null;
  built: BuiltEdition | null;
  plan: EditionPlan | null;
  /** Backups made by --force: edition file name → backup path. */
  backups: Map<string, string>;
}

/** What splits a bulletin: splitText in this thread by default, a worker pool in split-all. */
export type Splitter = (text: string, options: SplitTextOptions) => Promise<SplitResult>;

/** Bring one edition up to date: skip it when unchanged, else split, apply overrides and write it atomically. */
export async function updateEdition(
  job: EditionJob,
  split: Splitter = splitText,
): Promise<EditionOutcome> {
  const prepared = prepareEdition(job);
  const result = prepared.needsSplit ? await split(job.text, splitOptions(job)) : null;
  return finishEdition(prepared, result);
}

/** What the splitter needs for the job's bulletin. */
export function splitOptions(job: EditionJob): SplitTextOptions {
  return { date: job.date, file: job.bulletinName, vocabulary: job.vocabulary };
}

/**
 * Write a prepared edition given its split (null when it needs none): the whole edition in one
 * transaction, or, when it is up to date, only a re-encoded bulletin.
 */
export function finishEdition(
  prepared: PreparedEdition,
  result: SplitResult | null,
): EditionOutcome {
  const { job, files, overridesText, registryText, reportText, folder, fresh, storedText } =
    prepared;
  const { paths, date } = job;
  const rel = (path: string) => projectPath(paths, path);
  const outcome: EditionOutcome = {
    status: 'unchanged',
    files,
    reasons: [],
    edited: [],
    result: null,
    built: null,
    plan: null,
    backups: new Map(),
  };
  if (fresh.reasons.length === 0) {
    // Same text, but stored in another encoding or with CRLF: store it as UTF-8, nothing else changes.
    if (storedText !== job.text)
      writeEditionFiles({ bulletin: [files.bulletin, job.text] }, job.hooks);
    return { ...outcome, edited: fresh.edited, result: job.wantResult ? result : null };
  }
  if (result === null) throw new Error(`${date} is out of date but was not split`);
  const built = buildEdition({
    result,
    bulletinFile: job.bulletinName,
    overrides:
      overridesText === null
        ? NO_OVERRIDES
        : parseOverrides(overridesText, displayPath(files.overrides)),
    overridesFile: displayPath(files.overrides),
    registry:
      registryText === null ? {} : parseUrlRegistry(registryText, displayPath(files.registry)),
    onDisk: onDiskSlugs(folder),
  });
  const plan = planEdition(folder.files, built.files, job.force);
  const foreign = plan.foreign[0];
  if (foreign !== undefined) throw foreignFile(join(files.dir, foreign.name), foreign.problem);
  const done = { ...outcome, reasons: fresh.reasons, result, built, plan };
  if (plan.conflicts.length > 0) return { ...done, status: 'conflict' };

  const outputs: Record<string, string> = { [rel(files.report)]: sha256(built.reportText) };
  for (const [name, text] of built.files) outputs[rel(join(files.dir, name))] = sha256(text);
  const manifest = renderManifest({
    edition: date,
    splitter: job.splitter,
    inputs: editionInputs(job, files, overridesText, built.registryText),
    outputs,
  });
  const backups = writeEditionFiles(
    {
      bulletin: storedText === job.text ? undefined : [files.bulletin, job.text],
      registry:
        registryText === built.registryText ? undefined : [files.registry, built.registryText],
      report: reportText === built.reportText ? undefined : [files.report, built.reportText],
      folder: {
        dir: files.dir,
        before: folder,
        after: new Map([...built.files, [MANIFEST_NAME, manifest]]),
      },
      backups: { dir: files.backups, names: plan.backups, from: folder },
    },
    job.hooks,
  );
  return { ...done, status: 'written', backups };
}

/** id → slug of the articles in the edition folder (generated or hand-edited). */
function onDiskSlugs(folder: EditionFolder): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const { state } of folder.files)
    if (state.kind !== 'foreign') slugs.set(state.data.id, state.data.slug);
  return slugs;
}

export type { EditionJob } from './prepare-edition.ts';
