import { describe, expect, it } from 'vitest';
import { classifyArticleFile } from '../../src/regenerate/classify-article-file.ts';
import { planEdition, type ExistingFile } from '../../src/regenerate/plan-edition.ts';
import { renderArticleFile, renderGeneratedFile } from '../../src/splitter/render-article-file.ts';
import { fakeArticle } from './fake-split.ts';

const file = (name: string, text: string | null): ExistingFile => ({
  name,
  text,
  state: classifyArticleFile(name, text, '2025-06-18'),
});
const generated = (n: number, extra = {}) => renderGeneratedFile(fakeArticle(n, extra));
const next = (...ns: number[]) => new Map(ns.map((n) => [`wen-zhang-${n}.md`, generated(n)]));

describe('planEdition', () => {
  it('writes new and changed files and removes generated ones no longer produced', () => {
    const plan = planEdition(
      [
        file('wen-zhang-1.md', generated(1)),
        file('wen-zhang-2.md', generated(2, { title: '旧' })),
        file('wen-zhang-9.md', generated(9)),
      ],
      next(1, 2, 3),
      false,
    );
    expect(plan).toEqual({
      conflicts: [],
      backups: [],
      foreign: [],
      removed: ['wen-zhang-9.md'],
      written: ['wen-zhang-2.md', 'wen-zhang-3.md'],
    });
  });

  it('leaves hand-edited files alone unless forced, then backs them up', () => {
    const edited = generated(1).replace('第1篇正文。', '编辑改过。');
    const editedGone = generated(9).replace('第9篇正文。', '编辑改过。');
    const existing = [file('wen-zhang-1.md', edited), file('wen-zhang-9.md', editedGone)];
    expect(planEdition(existing, next(1), false).conflicts).toEqual([
      { name: 'wen-zhang-1.md', action: 'overwrite' },
      { name: 'wen-zhang-9.md', action: 'remove' },
    ]);
    const forced = planEdition(existing, next(1), true);
    expect(forced.conflicts).toEqual([]);
    expect(forced.backups).toEqual(['wen-zhang-1.md', 'wen-zhang-9.md']);
    expect(forced.removed).toEqual(['wen-zhang-9.md']);
    expect(forced.written).toEqual(['wen-zhang-1.md']);
  });

  it('restamps an unstamped file whose content is what would be generated (nothing lost)', () => {
    const plan = planEdition(
      [file('wen-zhang-1.md', renderArticleFile(fakeArticle(1)))],
      next(1),
      false,
    );
    expect(plan.conflicts).toEqual([]);
    expect(plan.written).toEqual(['wen-zhang-1.md']);
  });

  it('reports foreign files and never plans to touch them', () => {
    const plan = planEdition([file('notes.txt', 'x'), file('sub', null)], next(1), true);
    expect(plan.foreign.map((f) => f.name)).toEqual(['notes.txt', 'sub']);
    expect(plan.removed).toEqual([]);
    expect(plan.backups).toEqual([]);
  });
});
