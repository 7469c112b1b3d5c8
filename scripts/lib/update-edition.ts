import { join } from 'node:path';
import { buildEdition, type BuiltEdition } from '../../src/regenerate/build-edition.ts';
import { MANIFEST_NAME } from '../../src/regenerate/classify-article-file.ts';
import { renderManifest } from '../../src/regenerate/edition-manifest.ts';
import { NO_OVERRIDES, parseOverrides } from '../../src/regenerate/parse-overrides.ts';
import { parseUrlRegistry } from '../../src/regenerate/parse-url-registry.ts';
import { planEdition, type EditionPlan } from '../../src/regenerate/plan-edition.ts';
import { sha256 } from '../../src/regenerate/sha256.ts';
import type { SplitResult } from '../../src/schemas/split-result.ts';
import type { TagVocabulary } from '../../src/schemas/tag-vocabulary.ts';
import { displayPath } from './display-path.ts';
import { editionFiles, type EditionFiles } from './edition-files.ts';
import { editionFreshness, foreignFile } from './edition-freshness.ts';
import type { TransactionHooks } from './file-transaction.ts';
import { projectPath, type ProjectPaths } from './project-paths.ts';
import { readEditionFolder, readOptional, type EditionFolder } from './read-edition-folder.ts';
import { splitText } from './split-text.ts';
import { writeEditionFiles } from './write-edition-files.ts';

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

/** Bring one edition up to date: skip it when unchanged, else split, apply overrides and write it atomically. */
export async function updateEdition(job: EditionJob): Promise<EditionOutcome> {
  const { paths, date } = job;
  const files = editionFiles(paths, date, job.bulletinName);
  const overridesText = readOptional(files.overrides);
  const registryText = readOptional(files.registry);
  const reportText = readOptional(files.report);
  const folder = readEditionFolder(files.dir, date);
  const rel = (path: string) => projectPath(paths, path);
  const inputs = (registry: string | null) => ({
    [rel(files.bulletin)]: sha256(job.text),
    [rel(files.overrides)]: overridesText === null ? null : sha256(overridesText),
    [rel(files.registry)]: registry === null ? null : sha256(registry),
    [rel(paths.tags)]: job.tagsHash,
  });
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
  const fresh = job.always
    ? { reasons: ['--all'], edited: [] }
    : editionFreshness({
        paths,
        files,
        date,
        splitter: job.splitter,
        folder,
        report: reportText,
        inputs: inputs(registryText),
      });
  const split = () =>
    splitText(job.text, { date, file: job.bulletinName, vocabulary: job.vocabulary });
  const storedText = job.storeBulletin ? readOptional(files.bulletin) : job.text;
  if (fresh.reasons.length === 0) {
    // Same text, but stored in another encoding or with CRLF: store it as UTF-8, nothing else changes.
    if (storedText !== job.text)
      writeEditionFiles({ bulletin: [files.bulletin, job.text] }, job.hooks);
    return { ...outcome, edited: fresh.edited, result: job.wantResult ? await split() : null };
  }
  const result = await split();
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
    inputs: inputs(built.registryText),
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
