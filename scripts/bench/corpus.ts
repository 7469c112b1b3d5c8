/** CLI (npm run bench:corpus): write a deterministic corpus of realistic bulletins; see CORPUS_USAGE. */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { TagVocabularySchema } from '../../src/schemas/tag-vocabulary.ts';
import { splitBulletin } from '../../src/splitter/split-bulletin.ts';
import { compareSplit, type SplitComparison } from './lib/compare-split.ts';
import { loadTextPool } from './lib/load-text-pool.ts';
import { CORPUS_USAGE, parseCorpusArgs } from './lib/parse-corpus-args.ts';
import { writeCorpus } from './lib/write-corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');

try {
  const args = parseCorpusArgs(process.argv.slice(2));
  if (args.help) {
    console.log(CORPUS_USAGE);
  } else {
    const out = args.out === null ? join(ROOT, 'bench', 'corpus') : resolve(args.out);
    const vocabulary = TagVocabularySchema.parse(
      parse(readFileSync(join(ROOT, 'content', 'tags.yaml'), 'utf8')),
    );
    const checks: SplitComparison[] = [];
    let splitMs = 0;
    const started = performance.now();
    const summary = writeCorpus(loadTextPool(), args.seed, args.size, out, {
      onEdition: args.check
        ? (edition) => {
            const t = performance.now();
            const result = splitBulletin(edition.text, { date: edition.date, vocabulary });
            splitMs += performance.now() - t;
            checks.push(compareSplit(edition, result));
          }
        : undefined,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `bench:corpus: wrote ${summary.editions} bulletins (${summary.oldest} … ${summary.newest}, ` +
        `${summary.articles} articles, ${(summary.bytes / 1e6).toFixed(1)} MB) to ` +
        `${relative(process.cwd(), out) || '.'} in ${seconds.toFixed(1)} s; seed ${summary.seed}; ` +
        `sha256 ${summary.sha256.slice(0, 16)}`,
    );
    console.log(
      `  kinds: ${JSON.stringify(summary.kinds)}; quirks: ${JSON.stringify(summary.quirks)}`,
    );
    if (args.check) printCheck(checks, summary.bytes, splitMs);
  }
} catch (error) {
  console.error(`bench:corpus: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}

/** The check's findings: counts, kinds and repairs, and the splitter's in-process speed. */
function printCheck(checks: SplitComparison[], bytes: number, splitMs: number): void {
  const miscounted = checks.filter((c) => c.found !== c.intended);
  const articles = checks.reduce((n, c) => n + c.intended, 0);
  const mismatches = checks.flatMap((c) => c.kindMismatches.map((m) => ({ date: c.date, ...m })));
  const reported = { pageBreaks: 0, jumps: 0, duplicates: 0, truncated: 0 };
  for (const c of checks)
    for (const k of Object.keys(reported) as (keyof typeof reported)[])
      reported[k] += c.reported[k];
  console.log(
    `  check: article count right in ${checks.length - miscounted.length}/${checks.length} editions; ` +
      `kind as intended for ${articles - mismatches.length}/${articles} articles; ` +
      `splitter reported ${JSON.stringify(reported)}; ` +
      `splitBulletin in-process ${(bytes / 1e6 / (splitMs / 1000)).toFixed(1)} MB/s`,
  );
  for (const c of miscounted.slice(0, 10))
    console.log(`  count ${c.date}: ${c.found} found, ${c.intended} generated`);
  for (const m of mismatches.slice(0, 10))
    console.log(`  kind ${m.date} 《${m.title}》: ${m.intended} → ${m.found} (rule ${m.rule})`);
  if (miscounted.length > 0) process.exitCode = 1;
}
