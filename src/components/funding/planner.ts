/**
 * The co-financing planner in the browser: it reads the total cost, the
 * in-kind contributions, the members' origin and the programmes picked,
 * computes the plan with the same rules as the build (`src/lib/funding/plan.ts`)
 * and shows it at once. The state is kept in the address (`?total=…&inkind=…&origin=…&p=…`)
 * so that a plan can be bookmarked, shared or printed.
 */
import { explainLine, explainNote, fill, lineLabel } from '../../lib/funding/explain';
import { planFinancing } from '../../lib/funding/plan';
import { bidiText, h, marksOf, readData, wordingOf } from './render';
import { keepInAddress } from '../layout/page-state';

const form = document.querySelector<HTMLFormElement>('form[data-planner]');
const data = readData();
if (form && data) {
  const w = wordingOf(data);
  const t = (key: string) => w.template(`funding.${key}`);
  const output = form.querySelector<HTMLElement>('[data-plan]')!;
  const currencyLabel = form.querySelector<HTMLElement>('[data-currency]');
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const picked = () =>
    [...form.querySelectorAll<HTMLInputElement>('input[name="p"]')].filter((i) => i.checked).map((i) => i.value);

  const restore = () => {
    const query = new URLSearchParams(location.search);
    for (const name of ['total', 'inkind', 'origin']) {
      const value = query.get(name);
      const input = field(name);
      if (value !== null && input) input.value = value;
    }
    const chosen = query.getAll('p');
    if (chosen.length)
      form.querySelectorAll<HTMLInputElement>('input[name="p"]').forEach((i) => (i.checked = chosen.includes(i.value)));
  };

  const render = (remember: boolean) => {
    const programmes = picked().flatMap((slug) => data.programmes.filter((p) => p.slug === slug));
    const currency = programmes.find((p) => p.rules.currency)?.rules.currency ?? 'EUR';
    if (currencyLabel) currencyLabel.textContent = fill(t('planner.currency'), { currency });
    const plan = planFinancing({
      total: Number(field('total')?.value),
      inKind: Number(field('inkind')?.value || 0),
      currency,
      origin: field('origin')?.value || undefined,
      programmes: programmes.map((p) => p.rules),
    });
    const money = (v: number) => w.money(v, plan.currency);
    const marks = (slug: string, keys: string[]) =>
      marksOf(keys.flatMap((k) => data.programmes.find((p) => p.slug === slug)?.marks[k] ?? []));
    const amount = (v: number, counted: boolean) =>
      counted
        ? money(v)
        : h(
            'span',
            {},
            h('s', { title: t('plan.notCounted') }, money(v)),
            h('span', { class: 'block text-xs' }, t('plan.notCounted')),
          );
    const row = (label: string, value: string) =>
      h(
        'tr',
        { class: 'border-t border-line' },
        h('th', { scope: 'row', class: 'py-1 text-start font-normal' }, label),
        h('td', { class: 'py-1 text-end' }, value),
      );
    const body = h(
      'tbody',
      {},
      ...plan.lines.map((line) =>
        h(
          'tr',
          { class: `border-t border-line align-top${line.counted ? '' : ' text-muted'}`, 'data-reason': line.reason },
          h(
            'td',
            { class: 'py-1' },
            h('span', { class: 'font-semibold' }, lineLabel(line, w)),
            h('span', { class: 'block' }, ...bidiText(explainLine(line, w)), marks(line.programme, line.sources)),
          ),
          h('td', { class: 'py-1 text-end' }, amount(line.amount, line.counted)),
        ),
      ),
      plan.inKind > 0 && row(t('plan.inKind'), money(plan.inKind)),
    );
    const raise = row(t('plan.toRaise'), money(plan.toRaise));
    raise.className = 'font-semibold';
    raise.firstElementChild!.className = 'py-1 text-start';
    raise.setAttribute('data-to-raise', '');
    body.append(raise);
    output.replaceChildren(
      h(
        'table',
        { class: 'plan mt-3 w-full border-collapse text-sm' },
        h('caption', { class: 'text-start font-semibold' }, fill(t('plan.forTotal'), { total: money(plan.total) })),
        body,
      ),
      h(
        'ul',
        { class: 'mt-1 space-y-1 text-sm' },
        ...plan.notes.map((note) =>
          h('li', { class: 'rounded bg-notice px-2 py-1', 'data-note': note }, explainNote(note, plan, w)),
        ),
      ),
    );
    if (!remember) return;
    if (!remember) return;
    const query = new URLSearchParams(location.search);
    for (const name of ['total', 'inkind', 'origin']) {
      const value = field(name)?.value;
      if (value) query.set(name, value);
      else query.delete(name);
    }
    query.delete('p');
    picked().forEach((slug) => query.append('p', slug));
    keepInAddress(query);
  };

  restore();
  form.addEventListener('input', () => render(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render(true);
  });
  render(false);
}
