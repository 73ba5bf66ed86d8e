/**
 * The printed citation (PrintCitation.astro) is accessed today, on the
 * reader's date, not on the day the site was built; without JavaScript it
 * keeps the build date, as the cite page does.
 */
import { localToday, withAccessDate } from '../lib/cite-fill.ts';

for (const element of document.querySelectorAll<HTMLElement>('[data-citation-template]')) {
  element.textContent = withAccessDate(element.dataset.citationTemplate ?? '', localToday());
}
