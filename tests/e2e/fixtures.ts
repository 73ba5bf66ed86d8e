/**
 * What the browser tests share: Playwright Test's `test` and `expect`
 * (Chromium and the server of dist/ come from playwright.config.ts), the
 * reports' slugs as content/ has them, the interface's own strings (to name
 * controls and messages without restating them), and a check that an element
 * has scrolled into the upper half of the viewport. Text that depends on the
 * reading or language shown is checked with `useInnerText` (what the reader
 * sees; the hidden reading is in the text content too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type zhMessages from '../../src/i18n/zh.json';
import { expect, test, type Page } from '@playwright/test';
import { contentDir } from '../../src/config.ts';
import { readingClass } from '../../src/edition/reading.ts';
import { fillMessage } from '../../src/i18n/template.ts';

export { expect, test };

/** The reports' slugs, from content/reports/zh/. */
export const slugs = readdirSync(`${contentDir}/reports/zh`)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3))
  .sort();

type MessageKey = keyof typeof zhMessages;
// Read as files: Playwright's loader cannot import JSON modules, so src/i18n/index.ts's t() is out of reach.
const messages = Object.fromEntries(['zh', 'en'].map((lang) => [lang, JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<MessageKey, string>]));

/** An interface string as the page shows it, with its {placeholders} filled in. */
export function ui(lang: 'zh' | 'en', key: MessageKey, values: Record<string, string | number> = {}): string {
  return fillMessage(messages[lang]![key], key, values);
}

/** An interface string as a pattern: each {placeholder} not given matches any text. */
export function uiPattern(lang: 'zh' | 'en', key: MessageKey, values: Record<string, string | number> = {}): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    messages[lang]![key].split(/(\{\w+(?:\|[^|{}]*\|[^|{}]*)?\})/)
      .map((part) => {
        const [, name, one, other] = /^\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}$/.exec(part) ?? [];
        if (!name) return escape(part);
        // A plural word agrees with its number: the form the value takes, or either form.
        if (one !== undefined) return name in values ? escape(fillMessage(part, key, values)) : `(?:${escape(one)}|${escape(other!)})`;
        return name in values ? escape(String(values[name])) : '.+?';
      })
      .join(''),
  );
}

/** Chooses a reading or language mode as a reader does: a click on the radio button's label. */
export async function choose(page: Page, lang: 'zh' | 'en', key: 'reading.normalized' | 'reading.printed' | 'mode.zh' | 'mode.en' | 'mode.parallel') {
  const radio = page.getByRole('radio', { name: ui(lang, key), exact: true });
  await page.locator('label', { has: radio }).click();
  await expect(radio).toBeChecked();
}

/** Waits until the element's top is in the upper half of the viewport (smooth scrolling takes a moment). */
export async function expectInView(page: Page, selector: string) {
  const inUpperHalf = () =>
    page.locator(selector).evaluate((element) => {
      const top = element.getBoundingClientRect().top;
      return top >= 0 && top < innerHeight / 2;
    });
  await expect.poll(inUpperHalf, { message: `${selector} scrolled into the upper half of the viewport`, timeout: 5000 }).toBe(true);
}

/** CSS selectors of the reading markup (src/edition/reading.ts): `.r-norm`, `.ed-note`, … */
export const reading = Object.fromEntries(Object.entries(readingClass).map(([name, className]) => [name, `.${className}`])) as {
  [name in keyof typeof readingClass]: `.${(typeof readingClass)[name]}`;
};
