/**
 * The interface messages of the search script. The search page passes only
 * these to the browser (data-messages), in the page's language.
 */
import type { MessageKey } from '../../i18n/index.ts';
import { fillMessage, type MessageValues } from '../../i18n/template.ts';

export const searchMessageKeys = [
  'search.results',
  'search.summary',
  'search.none',
  'search.empty',
  'search.truncated',
  'search.converted',
  'search.loading',
  'search.error',
  'search.language.zh',
  'search.language.en',
  'search.partial',
  'search.more',
] as const satisfies readonly MessageKey[];

export type SearchMessageKey = (typeof searchMessageKeys)[number];

/** A message with its {placeholders} filled, as t() fills them. */
export type Say = (key: SearchMessageKey, values?: MessageValues) => string;

/** `say` for the messages the page passed (a JSON object of key → template). */
export function messagesOf(json: string | undefined): Say {
  const messages = JSON.parse(json ?? '{}') as Record<string, string>;
  return (key, values) => fillMessage(messages[key], key, values);
}
