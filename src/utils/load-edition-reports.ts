import { EditionReportSchema, type EditionReport } from '../schemas/overrides.ts';
import { readContentJson } from './read-content-json.ts';

/** Every edition's split report (`content/reports/<date>.json`), validated, oldest first. */
export async function loadEditionReports(): Promise<EditionReport[]> {
  const reports = await readContentJson('reports', '.json', EditionReportSchema);
  return [...reports.values()].sort((a, b) => a.date.localeCompare(b.date));
}
