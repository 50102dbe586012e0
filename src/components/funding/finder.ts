/**
 * The funding finder in the browser: as soon as the reader changes a choice,
 * the programmes are sorted by whether they can fund the project, each with
 * the reasons (and the marks of their sources), by the same rules as the
 * build (`src/lib/funding/match.ts`), and the planner below ticks those
 * that may. The choice is kept in the address, so the form's plain GET
 * submission and a shared link give the same answer.
 */
import { fill } from '../../lib/funding/explain';
import { CRITERIA, findProgrammes, type Choice, type Finding } from '../../lib/funding/match';
import { h, marksOf, readData, wordingOf } from './render';
import { keepInAddress } from '../layout/page-state';

const form = document.querySelector<HTMLFormElement>('form[data-finder]');
const list = document.querySelector<HTMLElement>('[data-results]');
const data = readData();
if (form && list && data) {
  const w = wordingOf(data);
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const optionName = (name: string, value: string) =>
    [...select(name).options].find((o) => o.value === value)?.textContent ?? value;
  const nameOf = (criterion: string, value: string) =>
    criterion === 'sector' ? (data.names.theme[value] ?? value) : optionName('country', value);

  // "A, B et C", "A, B and C", "أ وب وج": the lists a reader's language writes.
  const listFormat = new Intl.ListFormat(data.locale, { type: 'conjunction' });
  const say = (finding: Finding, slug: string) => {
    const programme = data.programmes.find((p) => p.slug === slug)!;
    const text = fill(w.template(`funding.outcome.${finding.criterion}.${finding.outcome}`), {
      value: finding.criterion === 'period' ? finding.value : nameOf(finding.criterion, finding.value),
      allowed: listFormat.format(finding.allowed.map((v) => nameOf(finding.criterion, v))),
      rule: programme.rule ?? '',
    });
    const mark = finding.source ? programme.marks[finding.source] : undefined;
    // What rules the programme out stands out from the conditions it meets.
    const rulesOut = ['no', 'excluded', 'ended'].includes(finding.outcome);
    return h(
      'li',
      { 'data-outcome': finding.outcome, class: rulesOut ? 'font-semibold' : undefined },
      text,
      marksOf(mark ? [mark] : []),
    );
  };

  const render = (remember: boolean) => {
    const choice: Choice = Object.fromEntries(CRITERIA.map((c) => [c, select(c).value || undefined]));
    const chosen = CRITERIA.some((c) => choice[c]);
    if (!chosen) return;
    const matches = findProgrammes(
      data.programmes.map((p) => p.eligibility),
      choice,
    );
    list.replaceChildren(
      ...matches.map((m) => {
        const p = data.programmes.find((x) => x.slug === m.slug)!;
        return h(
          'li',
          { class: 'rounded border border-line bg-white p-3', 'data-programme': m.slug, 'data-verdict': m.verdict },
          h('h3', { class: 'font-bold' }, h('a', { href: p.href }, p.name)),
          h(
            'p',
            {
              class: `text-sm font-semibold ${m.verdict === 'match' ? 'text-brand' : m.verdict === 'possible' ? 'text-accent' : 'text-muted'}`,
            },
            w.template(`funding.verdict.${m.verdict}`),
          ),
          h('ul', { class: 'mt-1 list-disc space-y-1 ps-5 text-sm' }, ...m.findings.map((f) => say(f, m.slug))),
        );
      }),
    );
    // The planner below starts from the programmes that may fund the project, unless the address already says which.
    const planner = document.querySelector<HTMLFormElement>('form[data-planner]');
    if (planner && (remember || !new URLSearchParams(location.search).has('p'))) {
      const open = new Set(matches.filter((m) => m.verdict !== 'ruled-out').map((m) => m.slug));
      planner.querySelectorAll<HTMLInputElement>('input[name="p"]').forEach((i) => (i.checked = open.has(i.value)));
      planner.dispatchEvent(new Event('input'));
    }
    if (!remember) return;
    const query = new URLSearchParams(location.search);
    for (const c of CRITERIA)
      if (choice[c]) query.set(c, choice[c]);
      else query.delete(c);
    keepInAddress(query);
  };

  const query = new URLSearchParams(location.search);
  for (const c of CRITERIA) {
    const value = query.get(c);
    if (value && [...select(c).options].some((o) => o.value === value)) select(c).value = value;
  }
  // An address that came with answers gives them to the language switch too.
  if (location.search) keepInAddress(location.search);
  form.addEventListener('change', () => render(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render(true);
  });
  render(false);
}
