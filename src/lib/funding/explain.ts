/**
 * The words of a financing plan: each line's reason and each note, filled
 * with the figures they quote. The templates come from the UI dictionaries
 * (`funding.reason.*`, `funding.note.*`); amounts are formatted by the caller
 * in the page's language. Shared by the sheets' worked examples (build) and
 * the planner's script (browser), so that both say the same.
 */
import type { Plan, PlanLine, PlanNote } from './plan';

/** What the explanations need from the page: its templates and its number formats. */
export interface Wording {
  /** The template of a key, `{name}` placeholders unfilled. */
  template: (key: string) => string;
  money: (value: number, currency: string) => string;
  /** Names a country, a programme or an organisation. */
  name: (kind: 'country' | 'programme' | 'organization', id: string) => string;
}

/** Fills `{name}` placeholders; a placeholder without a value is left as written. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const MONEY = ['cap', 'shareAmount', 'maxBudget', 'minimum', 'total', 'grant', 'amount'];

/** Why a line of the plan has its amount, in the page's language. */
export function explainLine(line: PlanLine, w: Wording): string {
  const currency = String(line.values.currency);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...line.values, amount: line.amount }))
    values[key] = MONEY.includes(key) && typeof value === 'number' ? w.money(value, currency) : String(value);
  if (line.values.origin)
    values.origin = String(line.values.origin)
      .split(',')
      .map((c) => w.name('country', c))
      .join(', ');
  const text = fill(w.template(`funding.reason.${line.reason}`), values);
  if (line.kind !== 'top-up' || line.status !== 'announced' || line.reason === 'top-up-other-origin') return text;
  const announced = line.values.start
    ? fill(w.template('funding.topUp.announcedFor'), { start: values.start, end: values.end || values.start })
    : w.template('funding.topUp.announced');
  return `${text} ${announced}`;
}

/** What a line is: "PRA/OSIM grant", "CCME top-up". */
export function lineLabel(line: PlanLine, w: Wording): string {
  return line.kind === 'grant'
    ? fill(w.template('funding.line.grant'), { programme: w.name('programme', line.programme) })
    : fill(w.template('funding.line.topUp'), { funder: w.name('organization', line.funder ?? '') });
}

/** A note on the plan as a whole. */
export function explainNote(note: PlanNote, plan: Plan, w: Wording): string {
  return fill(w.template(`funding.note.${note}`), { coverage: String(Math.round(plan.coverage)) });
}
