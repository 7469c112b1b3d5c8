import { describe, expect, it } from 'vitest';
import { estimateReadingMinutes } from '../../src/utils/estimate-reading-minutes.ts';

/** `n` paragraphs of 100 Han characters each, as Astro renders them. */
const html = (n: number): string => ('<p>' + '中'.repeat(100) + '</p>\n').repeat(n);

describe('estimateReadingMinutes', () => {
  it('rounds Han characters to whole minutes at 400 a minute', () => {
    expect(estimateReadingMinutes(html(12))).toBe(3); // 1,200 characters
    expect(estimateReadingMinutes(html(41))).toBe(10); // 4,100 characters
  });

  it('is at least one minute, even for an empty body', () => {
    expect(estimateReadingMinutes('')).toBe(1);
    expect(estimateReadingMinutes('<p>短讯。</p>')).toBe(1);
  });

  it('counts a heading once, not again in the id Astro gives it', () => {
    // 7 Han characters in the heading text and 7 more in its id: only the text counts.
    const heading = '<h2 id="一继往开来点亮">一、继往开来，点亮</h2>\n';
    const body = heading.repeat(100) + html(2); // 700 + 200 = 900 characters → 2 minutes, not 4
    expect(estimateReadingMinutes(body)).toBe(2);
  });

  it('counts neither Latin text nor digits nor markup', () => {
    const latin = '<p>' + 'AI 11787 drones. '.repeat(500) + '</p>';
    expect(estimateReadingMinutes(latin + html(8))).toBe(2); // 800 characters
  });
});
