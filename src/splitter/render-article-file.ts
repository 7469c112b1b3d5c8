import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import { z } from 'astro/zod';
import { type Article } from '../schemas/article.ts';
import { SplitArticleSchema, type SplitArticle } from '../schemas/split-result.ts';

/** An article file read back: its front matter and its Markdown body. */
export interface ArticleFile {
  /** The validated front matter. */
  data: Article;
  /** The Markdown body, exactly as it was given to renderArticleFile. */
  body: string;
}

// Strict, so a stray or misspelt field is an error instead of being silently dropped.
const StrictArticleSchema = z.strictObject(SplitArticleSchema.shape);

// js-yaml (inside gray-matter) folds long lines at 80 columns and writes anchors for shared
// arrays by default; both parse back fine but make the files hard to read and diff.
// `language` is here only so the object type overlaps gray-matter's option type.
const DUMP_OPTIONS = { language: 'yaml', lineWidth: -1, noRefs: true };

// gray-matter evaluates `---js` front matter with eval(); article files must never do that.
const NO_CODE_ENGINES = {
  js: refuseCode,
  javascript: refuseCode,
  coffee: refuseCode,
  coffeescript: refuseCode,
  cson: refuseCode,
};

/** Render one article as a Markdown file: YAML front matter (every field but body), a blank line, the body. */
export function renderArticleFile(article: SplitArticle): string {
  const { body, ...data } = validate(article, describe(article));
  // Passing a file object, not a string: gray-matter would otherwise parse a body that starts
  // with `---` as front matter of its own and merge it into the data.
  // The leading and trailing newlines are removed again by parseArticleFile, so bodies roundtrip exactly.
  return matter.stringify({ content: `\n${body}\n` }, data, DUMP_OPTIONS);
}

/**
 * Render an article as generated output: renderArticleFile's text plus a last front matter line
 * `generated: <SHA-256 of the text without that line>`, so a later hand edit can be told apart.
 */
export function renderGeneratedFile(article: SplitArticle): string {
  const plain = { ...article };
  delete plain.generated;
  const text = renderArticleFile(plain);
  const end = frontMatterEnd(text);
  if (end === null) throw new Error(`${describe(article)}: rendered without front matter`);
  return `${text.slice(0, end)}generated: ${hashOf(text)}\n${text.slice(end)}`;
}

/** Whether an article file is exactly as generated (`intact`), changed since (`edited`), or has no stamp. */
export function generatedState(text: string): 'intact' | 'edited' | 'unstamped' {
  const stamp = findStamp(text);
  if (stamp === null) return 'unstamped';
  return stamp.hash === hashOf(withoutStamp(text)) ? 'intact' : 'edited';
}

/** The file without its `generated:` line: what the stamp is the hash of. */
export function withoutStamp(text: string): string {
  const stamp = findStamp(text);
  return stamp === null ? text : text.slice(0, stamp.start) + text.slice(stamp.end);
}

/** Parse and validate an article file written by renderArticleFile; throws naming the field at fault. */
export function parseArticleFile(text: string): ArticleFile {
  // Only plain `---` opens our front matter; `---js` and friends would select another engine.
  if (!/^---\r?\n/.test(text))
    throw new Error('article file: does not start with a `---` front matter line');
  // Options are always passed so gray-matter skips its global cache, which hands out shared objects.
  const file = matter(text, { language: 'yaml', engines: NO_CODE_ENGINES });
  // The body lives after the front matter; a `body` key there would be silently overridden.
  if (Object.hasOwn(file.data, 'body'))
    throw new Error(`${describe(file.data)}: body: not allowed in front matter`);
  let body = file.content;
  if (body.startsWith('\n')) body = body.slice(1);
  if (body.endsWith('\n')) body = body.slice(0, -1);
  const { body: checked, ...data } = validate({ ...file.data, body }, describe(file.data));
  return { data, body: checked };
}

/** Validate a whole split article, or throw one line naming the article and the field path. */
function validate(value: unknown, what: string): SplitArticle {
  const parsed = StrictArticleSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue === undefined ? '' : formatPath(issue.path);
  const field =
    issue?.code === 'unrecognized_keys'
      ? `${where}${where ? '.' : ''}${issue.keys.join(', ')}`
      : where;
  throw new Error(`${what}: ${field || '(front matter)'}: ${issue?.message ?? 'invalid'}`);
}

/** Name an article by its slug when it has a usable one. */
function describe(value: unknown): string {
  const slug =
    typeof value === 'object' && value !== null ? (value as { slug?: unknown }).slug : undefined;
  return typeof slug === 'string' && slug !== '' ? `article "${slug}"` : 'article (no slug)';
}

/** `source[0].start` style path of a zod issue. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}

/** Engine stand-in that rejects executable front matter. */
function refuseCode(): object {
  throw new Error('article file: executable front matter is not allowed');
}

// Only a whole front matter line counts, so a title that mentions "generated:" cannot fake a stamp.
const STAMP_LINE = /^generated: ([0-9a-f]{64})\n/m;

/** Where the closing `---` line of the front matter starts, or null when there is none. */
function frontMatterEnd(text: string): number | null {
  if (!text.startsWith('---\n')) return null;
  // Values never hold a bare `---` line (js-yaml quotes them), so the first one closes the front matter.
  const at = text.indexOf('\n---\n', 3);
  return at === -1 ? null : at + 1;
}

/** The `generated:` line inside the front matter: its hash and where the line starts and ends. */
function findStamp(text: string): { hash: string; start: number; end: number } | null {
  const end = frontMatterEnd(text);
  if (end === null) return null;
  const match = STAMP_LINE.exec(text.slice(0, end));
  if (match?.[1] === undefined) return null;
  return { hash: match[1], start: match.index, end: match.index + match[0].length };
}

/** Hex SHA-256 of the text's UTF-8 bytes. */
function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
