import { describe, expect, it } from 'vitest';
import { assignTags } from '../../src/splitter/assign-tags.ts';

const vocabulary = {
  天气: { keywords: ['雪', '暴雨'], description: '天气' },
  外汇: { keywords: ['外汇局', '汇率'], description: '外汇' },
};
const input = (title: string, body: string) => ({ title, kicker: null, body, places: [] });

describe('assignTags', () => {
  it('counts keywords of one character and of several, overlapping ones included', () => {
    // 雪 (one character) twice in the body; 外汇局 and 外汇 overlap at the same place.
    expect(assignTags(input('新闻', '北方下雪，大雪封路。'), vocabulary)).toEqual(['天气']);
    expect(assignTags(input('外汇局发布新规', '无关'), vocabulary)).toEqual(['外汇']);
    expect(assignTags(input('新闻', '暴雨。'), vocabulary)).toEqual([]);
    expect(assignTags(input('新闻', '暴雨，暴雨；汇率，汇率。'), vocabulary)).toEqual([
      '外汇',
      '天气',
    ]);
  });

  it('finds a keyword at the very end of the text', () => {
    expect(assignTags(input('雪', '一场雪'), vocabulary)).toEqual(['天气']);
  });
});
