import type { Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';

/** A body block: a section heading or a paragraph (captions and credits are paragraphs). */
export interface BodyBlock {
  role: 'heading' | 'paragraph' | 'credit' | 'signature';
  text: string;
}

// Astro reads bodies as CommonMark (GFM off, see astro.config.mjs), so CommonMark escaping suffices.
const processor = unified().use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
});

/** Build the mdast tree of an article body: headings at depth 2, everything else a paragraph of plain text. */
export function buildBodyTree(blocks: BodyBlock[]): Root {
  const children: RootContent[] = blocks.map((b) =>
    b.role === 'heading'
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value: b.text }] }
      : { type: 'paragraph', children: [{ type: 'text', value: b.text }] },
  );
  return { type: 'root', children };
}

// Text that remark writes out unchanged: no ASCII punctuation, whitespace or control character, the
// only characters its escaping rules look at. Most blocks of Chinese copy are such text.
const PLAIN = /^[0-9A-Za-z\u0080-\uffff]+$/;

// One block as remark writes it inside a body, or null when that cannot be told from the block alone.
function blockMarkdown(block: BodyBlock): string | null {
  if (PLAIN.test(block.text)) return block.role === 'heading' ? `## ${block.text}` : block.text;
  // remark handles every block with the same context (a line break before and after) and ends the
  // document with one line break, so a lone block's output is its part of the whole body.
  const alone = processor.stringify(buildBodyTree([block]));
  const part = alone.slice(0, -1);
  return alone.endsWith('\n') && !/[\r\n]$/.test(part) ? part : null;
}

/** Serialise a body to Markdown with remark, which escapes every character that could mean markup. */
export function buildBody(blocks: BodyBlock[]): string {
  // Plain blocks skip remark's escaping pass (a fifth of the splitter's time); the rest go through it.
  const parts: string[] = [];
  for (const block of blocks) {
    const part = blockMarkdown(block);
    if (part === null) return processor.stringify(buildBodyTree(blocks));
    parts.push(part);
  }
  return parts.length === 0
    ? processor.stringify(buildBodyTree(blocks))
    : `${parts.join('\n\n')}\n`;
}
