import { describe, expect, it } from 'vitest';
import { getPhotoCaption } from '../../src/utils/get-photo-caption.ts';

// The seed photo article as Astro renders it (`entry.rendered.html`).
const SEED =
  '<p>这是6月17日晚在重庆拍摄的无人机灯光秀表演。</p>\n' +
  '<p>6月17日晚，重庆举行超大规模无人机灯光秀表演。（新华社记者 黄伟 摄）</p>\n';

describe('getPhotoCaption', () => {
  it('keeps every paragraph and drops the credit that closes the last one', () => {
    expect(getPhotoCaption(SEED)).toBe(
      '<p>这是6月17日晚在重庆拍摄的无人机灯光秀表演。</p>\n' +
        '<p>6月17日晚，重庆举行超大规模无人机灯光秀表演。</p>',
    );
  });

  it('drops a credit in ASCII brackets, and one closing each paragraph of a photo group', () => {
    const html = '<p>甲图。(新华社发 张三 摄)</p>\n<p>乙图。 （新华社记者 李四 摄 ）</p>\n';
    expect(getPhotoCaption(html)).toBe('<p>甲图。</p>\n<p>乙图。</p>');
  });

  it('drops a paragraph that held nothing but the credit', () => {
    const html = '<p>灯光秀表演。</p>\n<p>（新华社记者 黄伟 摄）</p>\n';
    expect(getPhotoCaption(html)).toBe('<p>灯光秀表演。</p>');
  });

  it('keeps brackets that are not a credit, and a credit in mid-paragraph', () => {
    const html = '<p>无人机（11787架）升空。</p>\n<p>（新华社记者 黄伟 摄）之后，表演开始。</p>';
    expect(getPhotoCaption(html)).toBe(html);
  });

  it('leaves inline markup alone and never matches across a tag', () => {
    const html = '<p>（见<em>图</em>摄）</p>';
    expect(getPhotoCaption(html)).toBe(html);
  });

  it('is empty for an empty body', () => {
    expect(getPhotoCaption('')).toBe('');
  });
});
