/**
 * Whether a file name in content/bulletins is an input of the editions: a bulletin
 * (`YYYY-MM-DD*.txt`) or an overrides file. URL registries are left out because the split
 * writes them itself, and hidden names are the writer's temporary files.
 */
export function isWatchedInput(name: string | null): boolean {
  // Some platforms report no file name; a spurious run is cheap (unchanged editions are skipped).
  if (name === null) return true;
  if (name.startsWith('.')) return false;
  return (
    /^\d{4}-\d{2}-\d{2}.*\.txt$/.test(name) || /^\d{4}-\d{2}-\d{2}\.overrides\.ya?ml$/.test(name)
  );
}
