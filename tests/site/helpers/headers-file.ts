/** One block of a `_headers` file: a path pattern and the headers sent for matching paths. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/**
 * Parse a `_headers` file as Netlify and Cloudflare Pages read it: a path on its own line, then
 * indented `Name: value` lines; `#` starts a comment line. Throws on anything else, so a typo in
 * the file fails the tests instead of silently dropping a header.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/'))
        throw new Error(`_headers line ${index + 1}: a path must start with /`);
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*\S)\s*$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers line ${index + 1}: expected "  Name: value"`);
    rule.headers.push([header[1]!, header[2]!]);
  });
  return rules;
}

/**
 * The headers for a path (from the site's root): every matching rule applies, and a header
 * given by several rules is sent once with the values joined by `, ` (as Netlify does). `*`
 * matches anything, `:name` one path segment.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { pattern, headers } of rules) {
    const source = pattern
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) =>
        part === '*'
          ? '.*'
          : part.startsWith(':')
            ? '[^/]+'
            : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('');
    if (!new RegExp(`^${source}$`).test(path)) continue;
    for (const [name, value] of headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}
