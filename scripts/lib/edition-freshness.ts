import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_NAME } from '../../src/regenerate/classify-article-file.ts';
import { readManifest, staleInputs, staleOutputs } from '../../src/regenerate/edition-manifest.ts';
import { sha256 } from '../../src/regenerate/sha256.ts';
import { CliError } from './cli-error.ts';
import { displayPath } from './display-path.ts';
import type { EditionFiles } from './edition-files.ts';
import { projectPath, type ProjectPaths } from './project-paths.ts';
import type { EditionFolder } from './read-edition-folder.ts';

/** Whether an edition must be regenerated, and which of its articles were edited by hand. */
export interface Freshness {
  /** Why the edition must be regenerated; empty when it is up to date. */
  reasons: string[];
  /** Project paths of hand-edited articles that are kept as they are. */
  edited: string[];
}

/** What the freshness check compares. */
export interface FreshnessInput {
  paths: ProjectPaths;
  files: EditionFiles;
  date: string;
  splitter: string;
  /** The current inputs, project path → hash (see editionInputs). */
  inputs: Record<string, string | null>;
  folder: EditionFolder;
  /** The report file's text, or null. */
  report: string | null;
}

/**
 * Compare an edition with its manifest: inputs first (bulletin, overrides, URL registry, tags,
 * splitter version), then the files written last time. A file in the edition folder that is not
 * a valid article of the edition stops the run (exit 2), since Astro would fail on it anyway.
 */
export function editionFreshness(input: FreshnessInput): Freshness {
  const { paths, files, date, folder } = input;
  const manifest = readManifest(folder.manifest);
  const reasons = staleInputs(manifest, {
    edition: date,
    splitter: input.splitter,
    inputs: input.inputs,
  });
  if (reasons.length > 0 || manifest === null) return { reasons, edited: [] };
  const found = new Map<string, { hash: string; edited: boolean }>();
  for (const file of folder.files) {
    if (file.state.kind === 'foreign')
      throw foreignFile(join(files.dir, file.name), file.state.problem);
    found.set(projectPath(paths, join(files.dir, file.name)), {
      hash: sha256(file.text ?? ''),
      edited: file.state.kind === 'edited',
    });
  }
  if (input.report !== null)
    found.set(projectPath(paths, files.report), { hash: sha256(input.report), edited: false });
  return staleOutputs(manifest, found);
}

/**
 * Whether an edition is exactly as its manifest recorded it (same inputs, and the same files byte
 * for byte), judged from hashes alone: the common case of a rerun, answered without parsing every
 * article's front matter. False means "look closer" (editionFreshness), not "stale".
 */
export function isEditionIntact(input: Omit<FreshnessInput, 'folder'>): boolean {
  const { paths, files, date } = input;
  let manifestText: string;
  try {
    manifestText = readFileSync(join(files.dir, MANIFEST_NAME), 'utf8');
  } catch {
    return false; // no folder, no manifest, or not a folder: editionFreshness says which
  }
  const manifest = readManifest(manifestText);
  const current = { edition: date, splitter: input.splitter, inputs: input.inputs };
  if (manifest === null || staleInputs(manifest, current).length > 0) return false;
  const found = new Map<string, string>();
  if (input.report !== null) found.set(projectPath(paths, files.report), sha256(input.report));
  for (const entry of readdirSync(files.dir, { withFileTypes: true })) {
    if (entry.name === MANIFEST_NAME) continue;
    if (!entry.isFile()) return false;
    const path = join(files.dir, entry.name);
    found.set(projectPath(paths, path), sha256(readFileSync(path)));
  }
  const outputs = Object.entries(manifest.outputs);
  return outputs.length === found.size && outputs.every(([path, hash]) => found.get(path) === hash);
}

/** The error for a file in an edition folder that regeneration must not touch. */
export function foreignFile(path: string, problem: string): CliError {
  return new CliError(displayPath(path), `${problem}; fix it or move it out of content/articles`);
}
