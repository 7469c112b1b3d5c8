// Only the file names are read here (the glob is lazy), so any page may ask cheaply.
const files = import.meta.glob('/content/reports/*.json');

/** True when the edition has a split report, and so an editor's source page. */
export function hasEditionReport(edition: string): boolean {
  return '/content/reports/' + edition + '.json' in files;
}
