import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildBody, buildBodyTree, type BodyBlock } from '../../src/splitter/build-body.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

// The serialisation buildBody promises: remark over the whole tree, with the project's options.
const remark = unified().use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
});
const reference = (blocks: BodyBlock[]) => remark.stringify(buildBodyTree(blocks) as Root);

// Chinese copy, Latin words, digits and every character remark might escape, mixed.
const char = fc.constantFrom(
  ...'中国新华社记者摄，。、；：？！“”（）《》—…·　 \t\n\r#*_[]`<>&!-+=~|\\.)(0123456789AbZz%é\u00a0',
);
const block: fc.Arbitrary<BodyBlock> = fc.record({
  role: fc.constantFrom('heading', 'paragraph', 'credit'),
  text: fc.string({ unit: char, maxLength: 40 }),
});

describe('buildBody', () => {
  it('writes exactly what remark writes for the whole body', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
        expect(buildBody(blocks)).toBe(reference(blocks));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('passes plain Chinese text through and escapes markup', () => {
    const blocks: BodyBlock[] = [
      { role: 'heading', text: '一、稳字当头' },
      { role: 'paragraph', text: '新华社北京6月18日电' },
      { role: 'paragraph', text: '1. *不是*列表 <b>' },
    ];
    expect(buildBody(blocks)).toBe(reference(blocks));
    expect(buildBody(blocks)).toMatch(
      /^## 一、稳字当头\n\n新华社北京6月18日电\n\n1\\\. \\\*不是\\\*列表 \\<b>\n$/,
    );
  });
});
