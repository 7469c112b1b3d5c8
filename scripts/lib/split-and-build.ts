import { buildEdition, type BuiltEdition } from '../../src/regenerate/build-edition.ts';
import { parseUrlRegistry } from '../../src/regenerate/parse-url-registry.ts';
import { sha256 } from '../../src/regenerate/sha256.ts';
import type { Overrides } from '../../src/schemas/overrides.ts';
import type { SplitResult } from '../../src/schemas/split-result.ts';
import { splitText, type SplitTextOptions } from './split-text.ts';

/**
 * What a stale edition is built from besides its split, as plain data (files already read and
 * parsed), so a worker thread can build it as well as this one.
 */
export interface BuildInputs {
  /** The bulletin's file name under content/bulletins, for the report. */
  bulletinFile: string;
  /**
   * The overrides file, parsed (NO_OVERRIDES when there is none): parsed before the split, whose
   * options carry its line controls, so a bad file stops the run before any splitting.
   */
  overrides: Overrides;
  /** The overrides file as shown to the user, for errors. */
  overridesFile: string;
  /** The URL registry's text, or null when there is none yet. */
  registryText: string | null;
  /** The URL registry as shown to the user, for errors. */
  registryFile: string;
  /** id → slug of the article files now on disk. */
  onDisk: Map<string, string>;
}

/** A split, and the edition built from it when that was asked for. */
export interface SplitAndBuilt {
  result: SplitResult;
  built: BuiltEdition | null;
  /** SHA-256 of each built article file, by file name (for the manifest); empty when not built. */
  hashes: Map<string, string>;
}

/**
 * Split a bulletin (honouring the line controls in `options`) and, given `inputs`, apply its
 * overrides and URL registry and render its files.
 */
export async function splitAndBuild(
  text: string,
  options: SplitTextOptions,
  inputs: BuildInputs | null,
): Promise<SplitAndBuilt> {
  const result = await splitText(text, options);
  if (inputs === null) return { result, built: null, hashes: new Map() };
  const built = buildEdition({
    result,
    bulletinFile: inputs.bulletinFile,
    overrides: inputs.overrides,
    overridesFile: inputs.overridesFile,
    registry:
      inputs.registryText === null
        ? {}
        : parseUrlRegistry(inputs.registryText, inputs.registryFile),
    onDisk: inputs.onDisk,
  });
  // Hashed here, not by the caller: in split-all this runs on a worker, beside the other splits.
  const hashes = new Map([...built.files].map(([name, file]) => [name, sha256(file)]));
  return { result, built, hashes };
}
