import { describe, expect, it } from 'vitest';
import {
  formatSplitReport,
  listDoubts,
  summarizeSplit,
} from '../../../scripts/lib/format-split-report.ts';
import type { SplitResult } from '../../../src/schemas/split-result.ts';
import { fakeArticle, fakeResult } from '../../regenerate/fake-split.ts';

/** A split of three articles whose report carries the given doubts and honoured controls. */
function resultWith(
  doubts: SplitResult['report']['doubts'],
  controls: SplitResult['report']['controls'] = [],
): SplitResult {
  const result = fakeResult([fakeArticle(1), fakeArticle(2), fakeArticle(3)]);
  return { ...result, report: { ...result.report, doubts, controls } };
}

const DOUBTS: SplitResult['report']['doubts'] = [
  {
    line: 7,
    article: 'wen-zhang-3',
    type: 'weak-kind',
    message: 'no kind rule matched; filed as brief',
  },
  {
    line: 2,
    article: 'wen-zhang-2',
    type: 'headline-without-dateline',
    message: 'headline taken without a dateline below it',
  },
  { line: 9, type: 'unresolved-continuation', message: 'paragraph starts mid-sentence' },
];

describe('formatSplitReport', () => {
  it('counts the doubts and lists each as line N (slug): message, in line order', () => {
    const lines = formatSplitReport(resultWith(DOUBTS), 'content/articles/2025-06-18').split('\n');
    const at = lines.findIndex((l) => /^ {2}doubts: +3$/.test(l));
    expect(at, lines.join('\n')).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '    line 2 (wen-zhang-2): headline taken without a dateline below it',
      '    line 7 (wen-zhang-3): no kind rule matched; filed as brief',
      '    line 9: paragraph starts mid-sentence',
    ]);
    expect(lines[at + 4]).toMatch(/^ {2}warnings: +0$/);
  });

  it('says 0 doubts when there are none, and lists the controls honoured only when some were', () => {
    const plain = formatSplitReport(resultWith([]), 'out');
    expect(plain).toMatch(/^ {2}doubts: +0$/m);
    expect(plain).not.toContain('controls honoured');
    const controlled = formatSplitReport(
      resultWith(
        [],
        [
          { line: 4, article: 'wen-zhang-2', control: 'headline' },
          { line: 8, control: 'continues: 2' },
        ],
      ),
      'out',
    );
    expect(controlled).toMatch(
      /^ {2}controls honoured: +2 \(line 4 headline, line 8 continues: 2\)$/m,
    );
  });
});

describe('summarizeSplit', () => {
  it('counts the doubts on the one line', () => {
    expect(summarizeSplit(resultWith(DOUBTS))).toBe('3 articles, 3 doubts');
    expect(summarizeSplit(resultWith(DOUBTS.slice(0, 1)))).toBe('3 articles, 1 doubt');
    expect(summarizeSplit(resultWith([]))).toBe('3 articles');
  });
});

describe('listDoubts', () => {
  it('gives one line per doubt for split-all to print under the summary', () => {
    expect(listDoubts(resultWith(DOUBTS))).toEqual([
      'line 2 (wen-zhang-2): headline taken without a dateline below it',
      'line 7 (wen-zhang-3): no kind rule matched; filed as brief',
      'line 9: paragraph starts mid-sentence',
    ]);
  });
});
