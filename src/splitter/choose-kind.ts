import type { Kind } from '../schemas/article.ts';
import { KIND_RULES, type KindFeatures, type KindRule } from './kind-rules.ts';

/** The rule id given when no row of the table holds. */
export const FALLBACK_RULE = 'default';

function holds(rule: KindRule, f: KindFeatures): boolean {
  const w = rule.when;
  const headline = `${f.overline ?? ''}\n${f.title}\n${f.kicker ?? ''}`;
  return (
    (w.credit === undefined || w.credit === f.hasCredit) &&
    (w.dateline === undefined || w.dateline === f.hasDateline) &&
    (w.byline === undefined || w.byline === f.hasByline) &&
    (w.headline === undefined || w.headline.test(headline)) &&
    (w.lead === undefined || w.lead.test(f.lead)) &&
    (w.paragraph === undefined || f.paragraphs.some((p) => w.paragraph!.test(p))) &&
    (w.signature === undefined || f.signature.some((s) => w.signature!.test(s))) &&
    (w.minNumberedHeadings === undefined || f.numberedHeadings >= w.minNumberedHeadings) &&
    (w.minHeadings === undefined || f.headings >= w.minHeadings) &&
    (w.foreignDateline === undefined || w.foreignDateline === f.foreignDateline) &&
    (w.minBodyLength === undefined || f.bodyLength >= w.minBodyLength) &&
    (w.maxBodyLength === undefined || f.bodyLength <= w.maxBodyLength) &&
    (w.minParagraphs === undefined || f.paragraphs.length >= w.minParagraphs) &&
    (w.maxParagraphs === undefined || f.paragraphs.length <= w.maxParagraphs)
  );
}

/** Weigh the evidence of the table; returns the kind, its strongest rule and every rule that held. */
export function chooseKind(
  features: KindFeatures,
  rules: readonly KindRule[] = KIND_RULES,
): { kind: Kind; rule: string; evidence: string[]; weak: boolean } {
  const held = rules.filter((r) => holds(r, features));
  const totals = new Map<Kind, number>();
  for (const r of held) totals.set(r.kind, (totals.get(r.kind) ?? 0) + r.weight);
  const evidence = held.map((r) => `${r.id} ${r.kind} +${r.weight}`);
  // Map order is the order kinds first appear in the table, so a tie goes to the earlier row.
  let best: Kind | null = null;
  for (const [kind, total] of totals) if (best === null || total > totals.get(best)!) best = kind;
  if (best === null) return { kind: 'brief', rule: FALLBACK_RULE, evidence, weak: true };
  const strongest = held
    .filter((r) => r.kind === best)
    .reduce((a, b) => (b.weight > a.weight ? b : a));
  // A kind won by a tie, or by a single point of evidence, is a guess worth an editor's look.
  const lead = totals.get(best)!;
  const weak = lead <= 1 || [...totals].some(([k, t]) => k !== best && t === lead);
  return { kind: best, rule: strongest.id, evidence, weak };
}
