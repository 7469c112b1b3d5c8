import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs (strict, positionals allowed), with errors as one-line CliErrors ending in the usage. */
export function parseCliArgs<T extends Options>(
  argv: readonly string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    // Node's messages run on with advice about `--`; the first sentence is the useful part.
    const first =
      (error instanceof Error ? error.message : String(error)).split(/\.\s/)[0] ?? 'bad option';
    throw new CliError(null, `${first} (${usage})`);
  }
}
