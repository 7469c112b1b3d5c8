import { beforeAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Root, Nodes } from 'mdast';
import { splitCase, type QuirkCase } from './helpers.ts';

function parse(body: string): Root {
  return unified().use(remarkParse).parse(body);
}

function nodeTypes(node: Nodes, out = new Set<string>()): Set<string> {
  out.add(node.type);
  if ('children' in node) for (const child of node.children) nodeTypes(child, out);
  return out;
}

// Text that means something in Markdown, HTML or GFM, printed in a bulletin as plain words.
const EXPECTED = [
  {
    type: 'paragraph',
    text: '在26日举行的网络安全宣传周活动上，技术人员现场演示了跨站脚本攻击：攻击者在评论框中输入<script>alert(1)</script>这样一段代码，如果网站未做过滤，就可能在其他用户的浏览器中执行。',
  },
  {
    type: 'paragraph',
    text: '# y 是演示中使用的一个测试话题标签，技术人员提醒，看似普通的话题标签也可能被用来传播钓鱼链接。',
  },
  { type: 'heading', text: '一、警惕伪装成链接的陷阱' },
  {
    type: 'paragraph',
    text: '演示中，一条写成[x](y)格式的短信看似指向官方网站，实际跳转到仿冒页面。专家建议，收到链接时应核对完整网址，可登录https://www.cac.gov.cn查询权威信息。',
  },
  { type: 'heading', text: '二、不要轻信带*星号*的“通知”' },
  {
    type: 'paragraph',
    text: '有的诈骗信息用*x*或**重要**等符号制造强调效果，有的夹带~~删除线~~和|表格|样式，诱导用户点击。',
  },
  { type: 'paragraph', text: '1. 不点击来历不明的链接，2. 不向陌生人透露验证码。' },
  {
    type: 'paragraph',
    text: '> 专家提醒，遇到可疑信息可拨打12321举报，也可发送邮件至 jubao@12321.cn 反映。',
  },
];

describe('quirk: markup in the bulletin text stays text', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('markup-injection');
  });

  it('the body parses (CommonMark, as Astro reads it) to text, paragraph and heading nodes only', () => {
    const tree = parse(c.result.articles[0]!.body);
    expect([...nodeTypes(tree)].filter((t) => t !== 'root').sort()).toEqual([
      'heading',
      'paragraph',
      'text',
    ]);
  });

  it('every block survives with its text exactly as printed', () => {
    const tree = parse(c.result.articles[0]!.body);
    expect(tree.children.map((n) => ({ type: n.type, text: toString(n) }))).toEqual(EXPECTED);
    for (const n of tree.children) if (n.type === 'heading') expect(n.depth).toBe(2);
  });

  it('sections and title are kept as printed', () => {
    const a = c.result.articles[0]!;
    expect(c.result.articles).toHaveLength(1);
    expect(a.sections).toEqual(['一、警惕伪装成链接的陷阱', '二、不要轻信带*星号*的“通知”']);
    expect(a.reporters).toEqual(['王思北']);
  });
});
