import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../../scripts/lib/cli-error.ts';
import { prepareEdition, type EditionJob } from '../../../scripts/lib/prepare-edition.ts';
import { projectPaths, type ProjectPaths } from '../../../scripts/lib/project-paths.ts';
import { createSplitPool, type SplitPool } from '../../../scripts/lib/split-pool.ts';
import { commitStaged, discardStaged } from '../../../scripts/lib/stage-for-commit.ts';
import { updateEdition } from '../../../scripts/lib/update-edition.ts';
import { InputError } from '../../../src/regenerate/input-error.ts';
import { sha256 } from '../../../src/regenerate/sha256.ts';
import { BulletinError } from '../../../src/splitter/bulletin-error.ts';
import { loadVocabulary } from '../../helpers/load-vocabulary.ts';
import { snapshot } from '../snapshot-folder.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SEED = readFileSync(join(ROOT, 'content/bulletins/2025-06-18.txt'), 'utf8');
const vocabulary = loadVocabulary();

let pool: SplitPool | null = null;
let tmp: string;
let paths: ProjectPaths;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'split-pool-'));
  paths = projectPaths(tmp);
  mkdirSync(paths.bulletins, { recursive: true });
  copyFileSync(join(ROOT, 'content/tags.yaml'), paths.tags);
});
afterEach(async () => {
  await pool?.close();
  pool = null;
  rmSync(tmp, { recursive: true, force: true });
});

function job(date: string, text: string, extra: Partial<EditionJob> = {}): EditionJob {
  writeFileSync(join(paths.bulletins, `${date}.txt`), text);
  return {
    paths,
    date,
    bulletinName: `${date}.txt`,
    text,
    storeBulletin: false,
    vocabulary,
    tagsHash: sha256(readFileSync(paths.tags)),
    splitter: 'a'.repeat(64),
    force: false,
    always: false,
    wantResult: false,
    hooks: {},
    ...extra,
  };
}
const content = () => snapshot(join(tmp, 'content'));
// Files only: staging creates the parent folders (content/articles, content/reports) for good.
const files = () => Object.fromEntries(Object.entries(content()).filter(([, v]) => v !== '<dir>'));
const DATES = ['2025-06-15', '2025-06-16', '2025-06-17', '2025-06-18'];

describe('createSplitPool', () => {
  it('stages editions in workers that, committed, equal an update in this thread', async () => {
    pool = createSplitPool({ vocabulary, prefix: 'test' }, 2);
    // More editions than workers, so some wait in the queue.
    const staged = await Promise.all(
      DATES.map((date) => pool!.stage(prepareEdition(job(date, SEED)))),
    );
    // Staged only: besides the bulletins, nothing but hidden temporary files and folders.
    const visible = Object.keys(files()).filter(
      (p) => !p.split('/').some((s) => s.startsWith('.')),
    );
    expect(visible.sort()).toEqual([...DATES.map((d) => `bulletins/${d}.txt`), 'tags.yaml']);
    for (const s of staged) commitStaged(s, {});
    const pooled = content();
    expect(staged.map((s) => s.status)).toEqual(DATES.map(() => 'written'));
    expect(staged[0]!.lines.out[0]).toMatch(/^test: 2025-06-15\.txt → .*: 6 articles/);

    rmSync(join(tmp, 'content'), { recursive: true });
    mkdirSync(paths.bulletins, { recursive: true });
    copyFileSync(join(ROOT, 'content/tags.yaml'), paths.tags);
    for (const date of DATES) await updateEdition(job(date, SEED));
    expect(pooled).toEqual(content());
  });

  it('leaves nothing behind when a staged edition is discarded', async () => {
    pool = createSplitPool({ vocabulary, prefix: 'test' }, 1);
    const edition = job('2025-06-18', SEED);
    const before = files();
    discardStaged(await pool.stage(prepareEdition(edition)));
    expect(files()).toEqual(before);
  });

  it('reports a bulletin the splitter rejects as a BulletinError, and keeps working', async () => {
    pool = createSplitPool({ vocabulary, prefix: 'test' }, 1);
    const bad = prepareEdition(job('2025-06-17', '只有一行，没有标题\n'));
    const error = await pool.stage(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulletinError);
    expect((error as BulletinError).problem).toMatch(/^no article found/);
    const good = await pool.stage(prepareEdition(job('2025-06-18', SEED)));
    expect(good.status).toBe('written');
    discardStaged(good);
  });

  it('reports bad overrides as an InputError naming the file, and a foreign file as a CliError', async () => {
    pool = createSplitPool({ vocabulary, prefix: 'test' }, 1);
    const overrides = join(paths.bulletins, '2025-06-18.overrides.yaml');
    writeFileSync(overrides, 'articles: [1, 2\n');
    const input = await pool.stage(prepareEdition(job('2025-06-18', SEED))).catch((e) => e);
    const local = await updateEdition(job('2025-06-18', SEED)).catch((e: unknown) => e);
    expect(input).toBeInstanceOf(InputError);
    expect(input).toMatchObject({ file: (local as InputError).file });
    expect((input as InputError).problem).toBe((local as InputError).problem);

    rmSync(overrides);
    mkdirSync(join(paths.articles, '2025-06-18'), { recursive: true });
    writeFileSync(join(paths.articles, '2025-06-18', 'notes.txt'), 'mine\n');
    const foreign = await pool.stage(prepareEdition(job('2025-06-18', SEED))).catch((e) => e);
    expect(foreign).toBeInstanceOf(CliError);
    expect((foreign as CliError).problem).toMatch(/move it out of content\/articles/);
  });
});
