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

/** A piece of a filled message: its own words, or a placeholder's value (`name`, `value`). */
export interface MessagePart {
  text: string;
  name?: string;
  value?: string | number;
}

/**
 * The message in pieces, as fillMessage fills it (joined, the pieces are its result), so that a page
 * can put a value from outside, such as a reader's query, in an element of its own (<bdi>).
 */
export function messageParts(template: string | undefined, key: string, values: MessageValues = {}): MessagePart[] {
  return (template ?? key)
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      const value = name === undefined ? undefined : values[name];
      return value === undefined ? { text: piece } : { text: String(value), name, value };
    });
}
