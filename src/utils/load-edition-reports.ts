import { EditionReportSchema, type EditionReport } from '../schemas/overrides.ts';

// Written by the pipeline (split-all) next to the articles; globbed so Vite tracks the files.
const files = import.meta.glob<unknown>('/content/reports/*.json', { import: 'default' });

/** Every edition's split report (`content/reports/<date>.json`), validated, oldest first. */
export async function loadEditionReports(): Promise<EditionReport[]> {
  const reports = await Promise.all(
    Object.entries(files).map(async ([path, load]) => {
      const parsed = EditionReportSchema.safeParse(await load());
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      const key = issue?.path.map(String).join('.') || '(top level)';
      throw new Error(`${path.slice(1)}: ${key}: ${issue?.message ?? 'invalid edition report'}`);
    }),
  );
  return reports.sort((a, b) => a.date.localeCompare(b.date));
}
