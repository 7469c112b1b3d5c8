import { beforeAll, describe, expect, it } from 'vitest';
import { splitBulletin } from '../../../src/splitter/split-bulletin.ts';
import { loadVocabulary } from '../../helpers/load-vocabulary.ts';
import { splitCase, CASE_DATES, type QuirkCase } from './helpers.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('quirk: slugs', () => {
  let c: QuirkCase;
  beforeAll(() => {
    c = splitCase('slugs');
  });

  it('are pinyin of the title, lowercase ASCII words joined by hyphens', () => {
    const [first, second, third] = c.result.articles.map((a) => a.slug);
    for (const s of [first, second, third]) expect(s).toMatch(SLUG);
    expect(first).toMatch(/^wai-jiao-bu-fa-yan-ren/);
    expect(second).toMatch(/^wai-jiao-bu-fa-yan-ren/);
    expect(third).toMatch(/^c919-da-fei-ji/);
  });

  it('two identical titles get unique slugs', () => {
    const [a, b] = c.result.articles;
    expect(a!.title).toBe(b!.title);
    expect(a!.slug).not.toBe(b!.slug);
    expect(new Set(c.result.articles.map((x) => x.slug)).size).toBe(c.result.articles.length);
  });

  it('are the same on a second run, and do not depend on the tag vocabulary', () => {
    const slugs = c.result.articles.map((a) => a.slug);
    expect(
      splitBulletin(c.text, { date: CASE_DATES.slugs!, vocabulary: {} }).articles.map(
        (a) => a.slug,
      ),
    ).toEqual(slugs);
    expect(
      splitBulletin(c.text, { date: CASE_DATES.slugs!, vocabulary: loadVocabulary() }).articles.map(
        (a) => a.slug,
      ),
    ).toEqual(slugs);
  });

  it('of earlier articles do not change when a later article is dropped from the bulletin', () => {
    const slugs = c.result.articles.map((a) => a.slug);
    const shorter = c.lines.slice(0, c.lineOf('C919大飞机开通新航线') - 1).join('\n');
    expect(
      splitBulletin(shorter, { date: CASE_DATES.slugs!, vocabulary: {} }).articles.map(
        (a) => a.slug,
      ),
    ).toEqual(slugs.slice(0, 2));
  });
});
