/** Turn a bulletin date into a full timestamp at Beijing midnight, since feeds and JSON-LD want a time and zone. */
export function toBeijingTime(iso: string): string {
  return iso + 'T00:00:00+08:00';
}
