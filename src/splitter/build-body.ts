import type { Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';

/** A body block: a section heading or a paragraph (captions and credits are paragraphs). */
export interface BodyBlock {
  role: 'heading' | 'paragraph' | 'credit';
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

/** Serialise a body to Markdown with remark, which escapes every character that could mean markup. */
export function buildBody(blocks: BodyBlock[]): string {
  return processor.stringify(buildBodyTree(blocks));
}
