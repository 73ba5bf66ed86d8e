/**
 * The interface messages of the search script. The search page passes only
 * these to the browser (data-messages), in the page's language.
 */
import type { MessageKey } from '../../i18n/index.ts';
import { fillMessage, messageParts, type MessagePart, type MessageValues } from '../../i18n/template.ts';

export const searchMessageKeys = [
  'search.results',
  'search.summary',
  'search.none',
  'search.empty',
  'search.truncated',
  'search.converted',
  'search.pinyin',
  'search.suggest',
  'search.suggest.separator',
  'search.loading',
  'search.error',
  'search.language.zh',
  'search.language.en',
  'search.partial',
  'search.more',
  'search.moreInReport',
  'search.urlFilter',
  'search.urlFilter.remove',
  'search.filter.town',
  'search.filter.city',
  'search.filter.district',
  'search.filter.year',
  'search.filter.kind',
] as const satisfies readonly MessageKey[];

export type SearchMessageKey = (typeof searchMessageKeys)[number];

/** A message with its {placeholders} filled, as t() fills them. */
export type Say = (key: SearchMessageKey, values?: MessageValues) => string;

/** A message in pieces (the values apart from the words), as messageParts gives it. */
export type SayParts = (key: SearchMessageKey, values?: MessageValues) => MessagePart[];

/** `say` for the messages the page passed (a JSON object of key → template). */
export function messagesOf(json: string | undefined): Say {
  const messages = JSON.parse(json ?? '{}') as Record<string, string>;
  return (key, values) => fillMessage(messages[key], key, values);
}

/** `sayParts` for the messages the page passed. */
export function messagePartsOf(json: string | undefined): SayParts {
  const messages = JSON.parse(json ?? '{}') as Record<string, string>;
  return (key, values) => messageParts(messages[key], key, values);
}
