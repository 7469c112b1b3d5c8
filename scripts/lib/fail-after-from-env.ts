import { CliError } from './cli-error.ts';

/** The failure hook from the environment: `NEWS_DIGEST_FAIL_AFTER=N` (tests only), else null. */
export function failAfterFromEnv(env: NodeJS.ProcessEnv = process.env): number | null {
  const raw = env.NEWS_DIGEST_FAIL_AFTER;
  if (raw === undefined || raw === '') return null;
  if (!/^\d+$/.test(raw))
    throw new CliError(null, `NEWS_DIGEST_FAIL_AFTER must be a whole number, not "${raw}"`);
  return Number(raw);
}
