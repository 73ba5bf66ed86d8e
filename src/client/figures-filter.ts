/**
 * The figures page's filter (src/pages/[lang]/figures/index.astro): without JavaScript the form stays hidden
 * and every figure is shown; with it, choosing a town or a year hides the other rows, and the topics left
 * without a row, and says how many are shown. The choice goes into the URL (?town=…&year=…), from which a
 * reload or a shared link restores it.
 */
import { fillMessage } from '../i18n/template.ts';

const form = document.querySelector<HTMLFormElement>('form.figures-filter');
if (form) {
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('.figures-table tbody tr')];
  const output = form.querySelector('output')!;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const apply = () => {
    const town = select('town').value;
    const year = select('year').value;
    let shown = 0;
    for (const row of rows) {
      row.hidden = (town !== '' && row.dataset.town !== town) || (year !== '' && row.dataset.year !== year);
      if (!row.hidden) shown++;
    }
    for (const section of document.querySelectorAll<HTMLElement>('.figures-topic')) section.hidden = !section.querySelector('tbody tr:not([hidden])');
    output.textContent = fillMessage(form.dataset.count, 'figures.filter.count', { shown: String(shown), total: String(rows.length) });
    const url = new URL(location.href);
    for (const [name, value] of [
      ['town', town],
      ['year', year],
    ] as const) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(history.state, '', url);
  };
  const params = new URL(location.href).searchParams;
  for (const name of ['town', 'year']) {
    const value = params.get(name);
    if (value && [...select(name).options].some((option) => option.value === value)) select(name).value = value;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
