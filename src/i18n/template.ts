/**
 * How an interface message is filled: `{name}` takes values.name, and a
 * placeholder without a value stays as written, so a missing value shows.
 * Shared by t() (src/i18n/index.ts) and the search page's say()
 * (src/client/search/messages.ts), which cannot import the message files.
 */
export type MessageValues = Readonly<Record<string, string | number | undefined>>;

/** The template with its placeholders filled; a missing template is its key. */
export function fillMessage(template: string | undefined, key: string, values: MessageValues = {}): string {
  return (template ?? key).replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}
