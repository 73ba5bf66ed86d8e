/** The figures page's plots (src/lib/figure-plots.ts): static SVG, titled and described, every bar a link. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toHtml } from 'hast-util-to-html';
import { barPlot, ticks, wrapLabel } from '../../src/lib/figure-plots.ts';

test('ticks run from 0 past the largest value in round steps', () => {
  assert.deepEqual(ticks(50), [0, 20, 40, 60]);
  assert.deepEqual(ticks(2e9), [0, 5e8, 1e9, 1.5e9, 2e9]);
  assert.deepEqual(ticks(0), [0]);
});

test('a plot is an SVG with its title and description, and each bar links to its paragraph with a name', () => {
  const svg = toHtml(
    barPlot({
      id: 'p',
      title: 'Growth rates reported',
      desc: 'Bar chart.',
      lang: 'en',
      tick: (value) => `${value}%`,
      legend: { reported: 'Reported', target: 'Target' },
      bars: [
        {
          group: 'Wenyan',
          label: 'Retail sales',
          value: 26.4,
          valueLabel: '26.4%',
          href: '/en/reports/wenyan/#s0-p1',
          target: false,
          description: 'Wenyan, 2022, Retail sales: 26.4% (Reported)',
        },
        {
          group: 'Taoyan',
          label: 'Manufacturing investment',
          value: 50,
          valueLabel: 'at least 50%',
          href: '/en/reports/taoyan/#s1-p2',
          target: true,
          description: 'Taoyan, 2022, Manufacturing investment: at least 50% (Target)',
        },
      ],
    }),
  );
  assert.match(svg, /^<svg [^>]*aria-labelledby="p-title" aria-describedby="p-desc"/);
  assert.match(svg, /<title id="p-title">Growth rates reported<\/title><desc id="p-desc">Bar chart.<\/desc>/);
  assert.equal(svg.match(/<a href="\/en\/reports\/[a-z]+\/#s\d+-p\d+" class="plot-link" aria-label="[^"]+">/g)?.length, 2);
  assert.match(svg, /class="plot-bar plot-target"/);
  assert.doesNotMatch(svg, /style=/, 'no inline style (CSP)');
  // The longest bar ends at the scale's largest tick (60%): 50/60 of the plot's width.
  const widths = [...svg.matchAll(/<rect class="plot-bar[^"]*" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((match) => Number(match[1]));
  assert.equal(widths.length, 4, 'two legend swatches and two bars');
});

test('a label too long for the plot wraps into lines that fit', () => {
  assert.deepEqual(wrapLabel('Short'), ['Short']);
  const lines = wrapLabel('Value added of core digital economy industries above designated size');
  assert.ok(lines.length === 2, lines.join(' / '));
  assert.equal(lines.join(' '), 'Value added of core digital economy industries above designated size');
  assert.equal(wrapLabel('规上数字经济核心产业增加值').length, 1);
});
