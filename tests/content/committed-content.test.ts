import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBulletins } from '../../scripts/lib/find-bulletins.ts';
import { prepareEdition } from '../../scripts/lib/prepare-edition.ts';
import { projectPaths } from '../../scripts/lib/project-paths.ts';
import { readBulletin } from '../../scripts/lib/read-bulletin.ts';
import { loadRegenerationContext } from '../../scripts/lib/regeneration-context.ts';

const ROOT = join(import.meta.dirname, '..', '..');

// The repository ships generated editions: after a change to the splitter, the schemas or the
// regeneration code, `npm run split-all` must be run and its output committed with the change,
// or every clone would start by rewriting them.
describe('committed content', () => {
  it('is exactly what split-all would leave: every edition intact against its manifest', () => {
    const paths = projectPaths(ROOT);
    const context = loadRegenerationContext(paths);
    const editions = [...findBulletins(paths.bulletins)];
    expect(editions.length).toBeGreaterThan(0);
    for (const [date, bulletinName] of editions) {
      const text = readBulletin(join(paths.bulletins, bulletinName)).text;
      const prepared = prepareEdition({
        ...context,
        paths,
        date,
        bulletinName,
        text,
        storeBulletin: false,
        force: false,
        always: false,
        wantResult: false,
      });
      expect({ date, stale: prepared.fresh.reasons }).toEqual({ date, stale: [] });
      expect(prepared.folder, `${date} is intact from hashes alone`).toBeNull();
    }
  });
});
