import { parseDocument } from 'yaml';
import { OverridesSchema, type Overrides } from '../schemas/overrides.ts';
import { formatKeyPath, InputError } from './input-error.ts';

/** No overrides at all: what an edition without an overrides file gets. */
export const NO_OVERRIDES: Overrides = { articles: {}, lines: {} };

/**
 * Parse and validate an edition's overrides file (`content/bulletins/<date>.overrides.yaml`).
 * Throws an InputError naming `file` and the key path, e.g.
 * `articles.2025-06-18-e74999a3.kind: Invalid option: …` or `lines.57: expected headline, …`.
 * An empty file means no overrides.
 */
export function parseOverrides(text: string, file: string): Overrides {
  // Duplicate keys are errors rather than last-one-wins: two overrides for one id are a mistake.
  const doc = parseDocument(text, { uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    // The first line already says "at line L, column C"; the rest is a source excerpt.
    throw new InputError(file, (syntax.message.split('\n')[0] ?? '').replace(/:$/, ''));
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = OverridesSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue === undefined) throw new InputError(file, 'invalid overrides');
  // A misspelt field is the commonest mistake: name it as part of the path.
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => formatKeyPath([...issue.path, k])).join(', ');
    throw new InputError(file, `${keys}: unknown key (${allowedKeys(issue.path.length)})`);
  }
  // A bad line control fails every branch of its union; one message listing them all helps more.
  if (issue.path[0] === 'lines' && issue.path.length >= 2 && issue.code !== 'invalid_key')
    throw new InputError(file, `${formatKeyPath(issue.path.slice(0, 2))}: ${CONTROL_HINT}`);
  // A bad record key (not an article id or line number) carries the useful message one level down.
  const message =
    issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  throw new InputError(file, `${formatKeyPath(issue.path)}: ${message}`);
}

/** What a line control may be, for an editor who wrote something else. */
const CONTROL_HINT =
  'expected headline, not-headline, overline, title, complete, join, no-join, ' +
  '{ continues: <headline line> } or { continues: none }';

/** The keys allowed at a depth of the overrides file, to help fix a misspelling. */
function allowedKeys(depth: number): string {
  return depth === 0
    ? 'expected only "articles" and "lines"'
    : 'allowed: title, kind, tags, summary, slug, image, hidden, corrections';
}
