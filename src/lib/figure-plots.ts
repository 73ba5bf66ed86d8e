/**
 * The figures page's plots, drawn at build time as static SVG (hastscript): horizontal bars grouped by town,
 * each bar a link to the paragraph that states it, with the SVG's <title> and <desc> naming what it shows.
 * Colours come from classes (plot-bar, plot-target…) the page styles, so both colour schemes apply and no
 * inline style meets the Content-Security-Policy. No script draws or reads them.
 */
import { s } from 'hastscript';
import type { Element, ElementContent } from 'hast';

export interface PlotBar {
  /** The group the bar is drawn in (the town). */
  group: string;
  label: string;
  value: number;
  /** The value as the reader reads it (1.8亿元, 180 million yuan, 15%). */
  valueLabel: string;
  /** The paragraph that states the figure. */
  href: string;
  /** Targets are drawn hollow, reported figures solid. */
  target: boolean;
  /** The bar's accessible name: everything a reader needs without the picture. */
  description: string;
}

export interface PlotSpec {
  id: string;
  title: string;
  desc: string;
  bars: PlotBar[];
  /** Axis tick labels: value → text. */
  tick: (value: number) => string;
  /** The legend's words for reported figures and targets, or omitted when all are of one kind. */
  legend?: { reported: string; target: string };
  /** The lang of the labels (zh-Hans or en). */
  lang: string;
}

// Drawn for a phone's width (about 360 CSS pixels), so its text stays legible there; wider screens scale it up.
const width = 360;
const left = 8;
const labelSize = 13;
const rowHeight = 44;
const groupHeight = 30;
const barHeight = 14;
const lineHeight = 16;
const valueRoom = 124;

/** The width of a label at labelSize, roughly: a Han character is square, other characters about half as wide. */
const textWidth = (text: string) => [...text].reduce((sum, character) => sum + (/\p{Script=Han}|[，、（）：]/u.test(character) ? labelSize : labelSize * 0.55), 0);

/** A label in lines that fit the plot's width, breaking at spaces (English) or anywhere (Chinese). */
export function wrapLabel(text: string, room = width - 2 * left): string[] {
  const lines: string[] = [];
  let line = '';
  const words = /\s/.test(text) ? text.split(/(?<=\s)/) : [...text];
  for (const word of words) {
    if (line && textWidth(line + word) > room) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += word;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/** Round ticks from 0 to at least max: 1, 2 or 5 × 10ⁿ apart, four or five of them. */
export function ticks(max: number): number[] {
  if (max <= 0) return [0];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const out: number[] = [];
  for (let value = 0; value < max + step; value += step) out.push(Number(value.toPrecision(12)));
  return out;
}

/** One plot as an SVG element. */
export function barPlot(spec: PlotSpec): Element {
  const groups = [...new Set(spec.bars.map((bar) => bar.group))];
  const scaleMax = ticks(Math.max(...spec.bars.map((bar) => bar.value), 0)).at(-1)!;
  const plotWidth = width - left - valueRoom;
  const x = (value: number) => left + (scaleMax ? (value / scaleMax) * plotWidth : 0);
  const children: ElementContent[] = [s('title', { id: `${spec.id}-title` }, spec.title), s('desc', { id: `${spec.id}-desc` }, spec.desc)];
  let y = 8;
  if (spec.legend) {
    children.push(
      s('g', { class: 'plot-legend', 'aria-hidden': 'true' }, [
        s('rect', { class: 'plot-bar', x: left, y, width: 14, height: 14 }),
        s('text', { x: left + 20, y: y + 12, class: 'plot-label' }, spec.legend.reported),
        s('rect', { class: 'plot-bar plot-target', x: left + 150, y: y + 1, width: 13, height: 12 }),
        s('text', { x: left + 170, y: y + 12, class: 'plot-label' }, spec.legend.target),
      ]),
    );
    y += 30;
  }
  const top = y;
  for (const group of groups) {
    y += groupHeight;
    children.push(s('text', { class: 'plot-group', x: left, y: y - 10 }, group));
    for (const bar of spec.bars.filter((candidate) => candidate.group === group)) {
      const barWidth = Math.max(x(bar.value) - left, 1.5);
      const lines = wrapLabel(bar.label);
      const extra = (lines.length - 1) * lineHeight;
      children.push(
        s('a', { href: bar.href, class: 'plot-link', 'aria-label': bar.description }, [
          s('title', bar.description),
          s('rect', { class: 'plot-hit', x: 0, y, width, height: rowHeight + extra - 4 }),
          s(
            'text',
            { class: 'plot-label', x: left, y: y + labelSize },
            lines.map((text, index) => s('tspan', { x: left, dy: index === 0 ? 0 : lineHeight }, text)),
          ),
          s('rect', {
            class: bar.target ? 'plot-bar plot-target' : 'plot-bar',
            x: left + (bar.target ? 0.75 : 0),
            y: y + extra + 21,
            width: bar.target ? Math.max(barWidth - 1.5, 1) : barWidth,
            height: barHeight,
          }),
          s('text', { class: 'plot-value', x: left + barWidth + 6, y: y + extra + 21 + barHeight - 2 }, bar.valueLabel),
        ]),
      );
      y += rowHeight + extra;
    }
  }
  const axisY = y + 6;
  const axis: ElementContent[] = [s('line', { class: 'plot-axis', x1: left, x2: left, y1: top, y2: axisY })];
  for (const value of ticks(scaleMax)) {
    axis.push(s('line', { class: 'plot-axis', x1: x(value), x2: x(value), y1: axisY, y2: axisY + 5 }));
    axis.push(s('text', { class: 'plot-tick', x: x(value), y: axisY + 20, 'text-anchor': value === 0 ? 'start' : 'middle' }, spec.tick(value)));
  }
  children.push(s('g', { 'aria-hidden': 'true' }, axis));
  const height = axisY + 28;
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      class: 'plot',
      id: spec.id,
      lang: spec.lang,
      role: 'group',
      'aria-labelledby': `${spec.id}-title`,
      'aria-describedby': `${spec.id}-desc`,
    },
    children,
  );
}
