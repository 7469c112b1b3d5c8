import { join } from 'node:path';
import type { BuiltEdition } from '../../src/regenerate/build-edition.ts';
import { MANIFEST_NAME } from '../../src/regenerate/classify-article-file.ts';
import { renderManifest } from '../../src/regenerate/edition-manifest.ts';
import { planEdition, type EditionPlan } from '../../src/regenerate/plan-edition.ts';
import { sha256 } from '../../src/regenerate/sha256.ts';
import type { SplitResult } from '../../src/schemas/split-result.ts';
import type { EditionFiles } from './edition-files.ts';
import { foreignFile } from './edition-freshness.ts';
import type { FileTransaction } from './file-transaction.ts';
import { editionInputs, folderOf, type PreparedEdition } from './prepare-edition.ts';
import { projectPath } from './project-paths.ts';
import type { SplitAndBuilt } from './split-and-build.ts';
import { stageEditionFiles } from './write-edition-files.ts';

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

/** An edition update staged on disk: what it will do, and the transaction that makes it visible. */
export interface StagedEdition {
  outcome: EditionOutcome;
  /** Null when there is nothing to write. */
  transaction: FileTransaction | null;
}

/**
 * Stage a prepared edition given its split and build (null when it needs none), without
 * committing: the whole edition as one transaction or, when it is up to date, only a re-encoded
 * bulletin. Nothing is visible until the transaction is committed.
 */
export function stageEdition(
  prepared: PreparedEdition,
  split: SplitAndBuilt | null,
): StagedEdition {
  const { job, files, overridesText, registryText, reportText, fresh, storedText } = prepared;
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
    const staged =
      storedText === job.text
        ? null
        : stageEditionFiles({ bulletin: [files.bulletin, job.text] }, job.hooks).transaction;
    const result = job.wantResult ? (split?.result ?? null) : null;
    return { outcome: { ...outcome, edited: fresh.edited, result }, transaction: staged };
  }
  if (split?.built == null) throw new Error(`${date} is out of date but was not built`);
  const { result, built, hashes } = split;
  const folder = folderOf(prepared);
  const plan = planEdition(folder.files, built.files, job.force);
  const foreign = plan.foreign[0];
  if (foreign !== undefined) throw foreignFile(join(files.dir, foreign.name), foreign.problem);
  const done = { ...outcome, reasons: fresh.reasons, result, built, plan };
  if (plan.conflicts.length > 0)
    return { outcome: { ...done, status: 'conflict' }, transaction: null };

  const outputs: Record<string, string> = { [rel(files.report)]: sha256(built.reportText) };
  for (const name of built.files.keys()) outputs[rel(join(files.dir, name))] = hashes.get(name)!;
  const manifest = renderManifest({
    edition: date,
    splitter: job.splitter,
    inputs: editionInputs(job, files, overridesText, built.registryText),
    outputs,
  });
  const { transaction, backups } = stageEditionFiles(
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
  return { outcome: { ...done, status: 'written', backups }, transaction };
}
