/**
 * A small, strict XML 1.0 parser for the feeds and sitemaps: it throws on anything that is not
 * namespace-well-formed (unclosed or misnested tags, a bare `&` or `<`, an HTML-only entity such
 * as `&nbsp;`, a duplicate attribute, an undeclared prefix such as `content:` without
 * `xmlns:content`, characters XML forbids, more than one root). It keeps elements, attributes
 * and text (CDATA included); comments and processing instructions are checked and dropped.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

export class XmlError extends Error {}

const NAME = /^[A-Za-z_\u00c0-\uffff][A-Za-z0-9_.\-:\u00b7\u00c0-\uffff]*/;
// XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, and astral characters.
const BAD_CHAR =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  let pos = 0;
  const fail = (message: string): never => {
    const line = source.slice(0, pos).split('\n').length;
    throw new XmlError(
      `XML line ${line}: ${message} near ${JSON.stringify(source.slice(pos, pos + 40))}`,
    );
  };
  const bad = BAD_CHAR.exec(source);
  if (bad) {
    pos = bad.index;
    fail(
      `character U+${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')} is not allowed in XML`,
    );
  }
  if (source.charCodeAt(0) === 0xfeff) pos = 1;

  const decode = (raw: string, inAttr: boolean): string => {
    if (raw.includes('<')) fail('raw `<` in ' + (inAttr ? 'an attribute' : 'text'));
    if (!inAttr && raw.includes(']]>')) fail('`]]>` in text');
    return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) fail(`bare \`&\` (${JSON.stringify(whole)})`);
      if (ref.startsWith('#x')) {
        if (!/^#x[0-9a-fA-F]+$/.test(ref)) fail(`bad character reference &${ref};`);
        return checkedCodePoint(parseInt(ref.slice(2), 16));
      }
      if (ref.startsWith('#')) {
        if (!/^#[0-9]+$/.test(ref)) fail(`bad character reference &${ref};`);
        return checkedCodePoint(Number(ref.slice(1)));
      }
      const value = XML_ENTITIES[ref];
      if (value === undefined)
        fail(`undefined entity &${ref}; (XML knows only lt gt amp quot apos)`);
      return value!;
    });
  };
  const checkedCodePoint = (code: number): string => {
    const ok =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!ok) fail(`character reference to U+${code.toString(16)} is not allowed`);
    return String.fromCodePoint(code);
  };

  const skipMisc = (allowDoctype: boolean): void => {
    for (;;) {
      const ws = /^\s*/.exec(source.slice(pos))![0];
      pos += ws.length;
      if (source.startsWith('<?', pos)) {
        const end = source.indexOf('?>', pos);
        if (end < 0) fail('unclosed processing instruction');
        const target = /^<\?([^\s?]+)/.exec(source.slice(pos))?.[1] ?? '';
        if (target.toLowerCase() === 'xml' && pos > (source.charCodeAt(0) === 0xfeff ? 1 : 0))
          fail('XML declaration not at the very start');
        pos = end + 2;
      } else if (source.startsWith('<!--', pos)) {
        const end = source.indexOf('-->', pos + 4);
        if (end < 0) fail('unclosed comment');
        if (source.slice(pos + 4, end).includes('--')) fail('`--` inside a comment');
        pos = end + 3;
      } else if (allowDoctype && source.startsWith('<!DOCTYPE', pos)) {
        const end = source.indexOf('>', pos);
        if (end < 0 || source.slice(pos, end).includes('[')) fail('unsupported DOCTYPE');
        pos = end + 1;
      } else return;
    }
  };

  const parseElement = (scopes: Map<string, string>): XmlElement => {
    if (source[pos] !== '<') fail('expected an element');
    pos++;
    const name = NAME.exec(source.slice(pos))?.[0];
    if (!name) fail('bad element name');
    pos += name!.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      const ws = /^\s*/.exec(source.slice(pos))![0];
      pos += ws.length;
      if (source.startsWith('/>', pos) || source[pos] === '>') break;
      if (ws === '') fail('attributes must be separated by white space');
      const attrName = NAME.exec(source.slice(pos))?.[0];
      if (!attrName) fail('bad attribute name');
      pos += attrName!.length;
      const eq = /^\s*=\s*/.exec(source.slice(pos))?.[0];
      if (!eq) fail(`attribute ${attrName} has no value`);
      pos += eq!.length;
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attrName} is not quoted`);
      const end = source.indexOf(quote!, pos + 1);
      if (end < 0) fail('unclosed attribute value');
      if (Object.hasOwn(attrs, attrName!)) fail(`duplicate attribute ${attrName}`);
      attrs[attrName!] = decode(source.slice(pos + 1, end), true);
      pos = end + 1;
    }
    // Namespaces: declarations first, then every prefix used must be in scope.
    const inScope = new Map(scopes);
    for (const [key, value] of Object.entries(attrs)) {
      if (key.startsWith('xmlns:')) inScope.set(key.slice(6), value);
    }
    for (const qname of [name!, ...Object.keys(attrs)]) {
      const colon = qname.indexOf(':');
      if (colon < 0) continue;
      const prefix = qname.slice(0, colon);
      if (prefix !== 'xml' && prefix !== 'xmlns' && !inScope.has(prefix))
        fail(`namespace prefix "${prefix}" of <${qname}> is not declared`);
    }
    const element: XmlElement = { name: name!, attrs, children: [] };
    if (source.startsWith('/>', pos)) {
      pos += 2;
      return element;
    }
    pos++;
    for (;;) {
      const next = source.indexOf('<', pos);
      if (next < 0) fail(`<${name}> is never closed`);
      if (next > pos) element.children.push(decode(source.slice(pos, next), false));
      pos = next;
      if (source.startsWith('</', pos)) {
        const close = /^<\/([^\s>]+)\s*>/.exec(source.slice(pos));
        if (!close) fail('bad end tag');
        if (close![1] !== name) fail(`</${close![1]}> closes <${name}>`);
        pos += close![0].length;
        return element;
      }
      if (source.startsWith('<![CDATA[', pos)) {
        const end = source.indexOf(']]>', pos);
        if (end < 0) fail('unclosed CDATA section');
        element.children.push(source.slice(pos + 9, end));
        pos = end + 3;
      } else if (source.startsWith('<!--', pos)) {
        const end = source.indexOf('-->', pos + 4);
        if (end < 0) fail('unclosed comment');
        if (source.slice(pos + 4, end).includes('--')) fail('`--` inside a comment');
        pos = end + 3;
      } else if (source.startsWith('<?', pos)) {
        const end = source.indexOf('?>', pos);
        if (end < 0) fail('unclosed processing instruction');
        pos = end + 2;
      } else if (source.startsWith('<!', pos)) {
        fail('markup declaration inside an element');
      } else {
        element.children.push(parseElement(inScope));
      }
    }
  };

  skipMisc(true);
  const root = parseElement(new Map());
  skipMisc(false);
  if (pos < source.length) fail('content after the root element');
  return root;
}

/** Child elements, optionally only those with the given (qualified) name. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

/** The first child element with that name, or undefined. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  return childElements(el, name)[0];
}

/** All text inside an element (CDATA included), concatenated. */
export function xmlText(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.children.map((c) => (typeof c === 'string' ? c : xmlText(c))).join('');
}
