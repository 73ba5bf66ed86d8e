/**
 * How an interface message is filled: `{name}` takes values.name, and a
 * placeholder without a value stays as written, so a missing value shows.
 * `{name|one|other}` is a word that agrees with the number values.name: the
 * first form when it is 1, the second otherwise (English: “1 report”,
 * “2 reports”; Chinese messages need no forms). Shared by t()
 * (src/i18n/index.ts) and the search page's say()
 * (src/client/search/messages.ts), which cannot import the message files.
 */
export type MessageValues = Readonly<Record<string, string | number | undefined>>;

/** The word of a plural placeholder `{name|one|other}` that agrees with the value; undefined without a value. */
function pluralForm(value: string | number | undefined, one: string, other: string): string | undefined {
  if (value === undefined) return undefined;
  return Number(value) === 1 ? one : other;
}

/** A placeholder, `{name}` or `{name|one|other}`. */
const placeholderPattern = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** The template with its placeholders filled; a missing template is its key. */
export function fillMessage(template: string | undefined, key: string, values: MessageValues = {}): string {
  return (template ?? key).replace(placeholderPattern, (placeholder, name: string, one?: string, other?: string) =>
    one === undefined ? String(values[name] ?? placeholder) : (pluralForm(values[name], one, other!) ?? placeholder),
  );
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
    .split(/(\{\w+(?:\|[^|{}]*\|[^|{}]*)?\})/)
    .filter(Boolean)
    .map((piece) => {
      const [, name, one, other] = /^\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}$/.exec(piece) ?? [];
      const value = name === undefined ? undefined : values[name];
      if (value === undefined) return { text: piece };
      // A plural word is the message's own words, agreeing with the value; only the value is from outside.
      return one === undefined ? { text: String(value), name, value } : { text: pluralForm(value, one, other!)! };
    });
}
