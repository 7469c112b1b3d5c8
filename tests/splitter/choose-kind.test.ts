import { describe, expect, it } from 'vitest';
import { chooseKind, FALLBACK_RULE } from '../../src/splitter/choose-kind.ts';
import type { KindFeatures, KindRule } from '../../src/splitter/kind-rules.ts';

const plain: KindFeatures = {
  title: '标题',
  overline: null,
  kicker: null,
  hasDateline: true,
  hasByline: false,
  hasCredit: false,
  headings: 0,
  numberedHeadings: 0,
  foreignDateline: false,
  lead: '正文。',
  paragraphs: ['正文。'],
  bodyLength: 700,
  signature: [],
};
const rules: KindRule[] = [
  { id: 'photo-credit', kind: 'photo', weight: 6, when: { credit: true, dateline: false } },
  { id: 'meeting', kind: 'report', weight: 3, when: { headline: /会议/ } },
  { id: 'notice-words', kind: 'notice', weight: 2, when: { headline: /通知/ } },
  { id: 'foreign', kind: 'brief', weight: 1, when: { foreignDateline: true } },
];

describe('chooseKind', () => {
  it('gives the kind whose rows weigh most, naming its strongest row and all evidence', () => {
    const result = chooseKind({ ...plain, title: '会议通知', foreignDateline: true }, rules);
    expect(result).toEqual({
      kind: 'report',
      rule: 'meeting',
      evidence: ['meeting report +3', 'notice-words notice +2', 'foreign brief +1'],
      weak: false,
    });
  });

  it('falls back to brief, flagged as weak, when no row holds', () => {
    expect(chooseKind(plain, rules)).toEqual({
      kind: 'brief',
      rule: FALLBACK_RULE,
      evidence: [],
      weak: true,
    });
  });

  it('breaks a tie by table order and flags it as weak', () => {
    const tie: KindRule[] = [...rules, { id: 'long', kind: 'report', weight: 2, when: {} }];
    expect(chooseKind({ ...plain, title: '通知' }, tie)).toMatchObject({
      kind: 'notice',
      weak: true,
    });
  });

  it('flags a kind won by a single point of evidence', () => {
    expect(chooseKind({ ...plain, foreignDateline: true }, rules)).toMatchObject({
      kind: 'brief',
      weak: true,
    });
  });
});
