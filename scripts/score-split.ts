/** CLI: split every bulletin of the real-text corpus and print the share of fields right, per file and in all. */
import { join } from 'node:path';
import { loadVocabulary } from './lib/load-vocabulary.ts';
import { PROJECT_ROOT, TAGS_FILE } from './lib/project-paths.ts';
import { scoreCorpus, totalScore } from './lib/score-corpus.ts';

const dir = process.argv[2] ?? join(PROJECT_ROOT, 'tests', 'fixtures', 'real');
const scores = scoreCorpus(dir, loadVocabulary(TAGS_FILE));
const pct = (ok: number, total: number) => `${((100 * ok) / Math.max(total, 1)).toFixed(1)} %`;
for (const s of scores) {
  console.log(`${s.file}  ${s.articles} articles  ${s.ok}/${s.total}  ${pct(s.ok, s.total)}`);
  for (const miss of s.misses) console.log(`  ✗ ${miss}`);
}
const { ok, total } = totalScore(scores);
const articles = scores.reduce((n, s) => n + s.articles, 0);
console.log(
  `total: ${scores.length} bulletins, ${articles} articles, fields ${ok}/${total} (${pct(ok, total)})`,
);
