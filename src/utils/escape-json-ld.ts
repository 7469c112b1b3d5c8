/** Serialize JSON-LD for a `<script>` element; `<` is escaped so text can never close the script. */
export function escapeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
