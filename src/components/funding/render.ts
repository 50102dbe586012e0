/**
 * What the funding scripts share: the data the page embeds, its wording, and
 * a small element builder. The markup mirrors the build's components
 * (`PlanTable.astro`, `CitationMarks.astro`, `BidiText.astro`) so that a page reads the same
 * with and without JavaScript.
 */
import type { Wording } from '../../lib/funding/explain';
import type { PlannerData, ScriptMark } from '../../lib/funding/sheet';
import { markSeparator } from '../../lib/cite/mark-separator';
import { isolatedNumbers } from '../../lib/i18n/bidi';

/** The data a page embeds in `<script type="application/json" id="funding-data">`. */
export function readData(): PlannerData | undefined {
  const node = document.getElementById('funding-data');
  return node?.textContent ? (JSON.parse(node.textContent) as PlannerData) : undefined;
}

/** An element with attributes and children (strings become text, never HTML). */
export function h(
  tag: string,
  attrs: Record<string, string | undefined> = {},
  ...children: (Node | string | false | undefined)[]
): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined) el.append(child);
  return el;
}

/** The page's wording: its templates, its number formats and its names. */
export function wordingOf(data: PlannerData): Wording {
  const formats = new Map<string, Intl.NumberFormat>();
  return {
    template: (key) => data.templates[key] ?? key,
    money: (value, currency) => {
      const id = currency || '-';
      let format = formats.get(id);
      if (!format)
        formats.set(
          id,
          (format = new Intl.NumberFormat(data.locale, {
            ...(currency ? { style: 'currency', currency } : {}),
            maximumFractionDigits: 0,
          })),
        );
      return format.format(value);
    },
    name: (kind, id) =>
      kind === 'programme'
        ? (data.programmes.find((p) => p.slug === id)?.name ?? id)
        : (data.names[kind === 'country' ? 'country' : 'organization'][id] ?? id),
  };
}

/** Citation marks as `CitationMarks.astro` renders them. */
export function marksOf(marks: ScriptMark[]): HTMLElement | undefined {
  if (marks.length === 0) return undefined;
  const sup = h('sup', { class: 'cite', 'data-pagefind-ignore': '' });
  marks.forEach((m, i) => {
    if (i > 0) sup.append(markSeparator(document.documentElement.lang));
    sup.append(h('a', { href: m.href, 'aria-label': m.label }, String(m.n)));
  });
  return sup;
}

/** `text` as `BidiText.astro` renders it: on a right-to-left page, its dash-joined numbers ("2017–2019") isolated left to right. */
export function bidiText(text: string): (HTMLElement | string)[] {
  return isolatedNumbers(text, document.documentElement.lang).map((part) =>
    typeof part === 'string' ? part : h('span', { dir: 'ltr', class: 'whitespace-nowrap' }, part.ltr),
  );
}
