/**
 * The co-financing planner's rules: from a project's total cost, its in-kind
 * contributions and the programmes a reader picks, the financing plan that
 * applies every cap and share a source gives, stacks the co-funders' top-ups
 * on the grant as capped, and says what the association must still raise.
 *
 * Nothing is clamped without a word: every line carries the reason that
 * decided its amount (`reason`) and the sources of the rules it applied, and a
 * grant that cannot be counted (budget over the programme's maximum, amounts
 * not documented, another currency) is listed with its reason rather than
 * dropped. Plain TypeScript with no dependency: the same code computes the
 * sheets' worked examples at build time and runs in the planner's script.
 */

/** An amount, a share or a count as a source states it. */
export interface Cited<T = number> {
  value: T;
  /** Key of the programme's source that states it. */
  source: string;
}

/** A co-funder's addition to a programme's grant, in % of the grant. */
export interface TopUpRule {
  funder: string;
  share: number;
  /** Diasporas it is for, by country of origin; empty when it is for every applicant. */
  origin: string[];
  status: 'announced' | 'confirmed';
  /** The years it was announced or confirmed for, as written (`2017`, `2019`). */
  period?: { start: string; end?: string | undefined } | undefined;
  source: string;
}

/** What the planner needs to know of a programme. */
export interface FundingRules {
  slug: string;
  currency?: string | undefined;
  minimum?: Cited | undefined;
  maximum?: Cited | undefined;
  share?: Cited | undefined;
  maxBudget?: Cited | undefined;
  topUps: TopUpRule[];
}

/** What the reader enters. */
export interface PlanInput {
  /** Total cost of the project, in-kind contributions included. */
  total: number;
  /** In-kind contributions valued in money (labour, materials), part of the total. */
  inKind?: number | undefined;
  /** Currency the reader counts in. */
  currency: string;
  /** Country of origin of the association's members, when the reader gives it. */
  origin?: string | undefined;
  programmes: FundingRules[];
}

/**
 * Why a line has its amount:
 * - `share-binds`: the share of the total cost is below the cap, so the share decides;
 * - `cap-binds`: the share would give more than the cap, so the cap decides;
 * - `share-only` / `cap-only`: only one of the two is documented;
 * - `over-max-budget`: the total cost is above the largest budget the programme accepts (not counted);
 * - `below-minimum`: the grant would be below the programme's smallest grant (not counted);
 * - `unknown-amounts`: no source gives the grant's amounts (not counted);
 * - `other-currency`: the programme's amounts are in another currency (not counted: amounts in two currencies are never added);
 * - `top-up`: a co-funder adds a share of the grant as capped;
 * - `top-up-if-origin`: the same, for associations of an origin the reader has not given (not counted);
 * - `top-up-other-origin`: the top-up is for another diaspora (not counted);
 * - `top-up-no-grant`: the grant it adds to is not counted, so neither is the top-up.
 */
export type Reason =
  | 'share-binds'
  | 'cap-binds'
  | 'share-only'
  | 'cap-only'
  | 'over-max-budget'
  | 'below-minimum'
  | 'unknown-amounts'
  | 'other-currency'
  | 'top-up'
  | 'top-up-if-origin'
  | 'top-up-other-origin'
  | 'top-up-no-grant';

/** One line of the plan. */
export interface PlanLine {
  kind: 'grant' | 'top-up';
  programme: string;
  /** The co-funder, for a top-up. */
  funder?: string | undefined;
  /** What the line would give; 0 when no amount can be computed. */
  amount: number;
  /** Whether the amount is added to the plan. */
  counted: boolean;
  reason: Reason;
  /** The figures the explanation quotes (share, cap, shareAmount, maxBudget, minimum, currency, origin, start, end). */
  values: Record<string, number | string>;
  /** Keys of the programme's sources behind the rules applied. */
  sources: string[];
  /** For a top-up: whether a source only announced it. */
  status?: 'announced' | 'confirmed' | undefined;
}

/**
 * Something about the plan as a whole:
 * - `several-programmes`: no source says whether these grants may be combined;
 * - `over-total`: grants, top-ups and in-kind contributions add up to more than the total cost;
 * - `in-kind-over-total`: the in-kind contributions alone exceed the total cost;
 * - `no-total`: no total cost was given.
 */
export type PlanNote = 'several-programmes' | 'over-total' | 'in-kind-over-total' | 'no-total';

export interface Plan {
  currency: string;
  total: number;
  inKind: number;
  lines: PlanLine[];
  /** Sum of the counted lines. */
  funded: number;
  /** What the association must still raise in cash: total − in kind − funded (negative when over). */
  toRaise: number;
  /** (funded + in kind) / total, in %. */
  coverage: number;
  notes: PlanNote[];
}

/** Rounds to the cent, so that shares of a total do not show floating-point noise. */
const cents = (value: number) => Math.round(value * 100) / 100;

/** The grant line of one programme. */
function grantLine(rules: FundingRules, total: number, currency: string): PlanLine {
  const { share, maximum, maxBudget, minimum } = rules;
  const line = (reason: Reason, amount: number, counted: boolean, sources: (Cited | undefined)[]): PlanLine => ({
    kind: 'grant',
    programme: rules.slug,
    amount: cents(amount),
    counted,
    reason,
    values: {
      ...(share ? { share: share.value, shareAmount: cents((total * share.value) / 100) } : {}),
      ...(maximum ? { cap: maximum.value } : {}),
      ...(maxBudget ? { maxBudget: maxBudget.value } : {}),
      ...(minimum ? { minimum: minimum.value } : {}),
      currency: rules.currency ?? currency,
      total,
    },
    sources: [...new Set(sources.flatMap((s) => (s ? [s.source] : [])))],
  });
  const inAmounts = maximum ?? maxBudget ?? minimum;
  if (inAmounts && rules.currency && rules.currency !== currency) return line('other-currency', 0, false, [inAmounts]);
  if (!share && !maximum) return line('unknown-amounts', 0, false, []);
  if (maxBudget && total > maxBudget.value) return line('over-max-budget', 0, false, [maxBudget]);
  let amount: number;
  let reason: Reason;
  let used: (Cited | undefined)[];
  if (share && maximum) {
    const byShare = (total * share.value) / 100;
    [amount, reason] = byShare > maximum.value ? [maximum.value, 'cap-binds'] : [byShare, 'share-binds'];
    used = [share, maximum];
  } else if (share) {
    [amount, reason, used] = [(total * share.value) / 100, 'share-only', [share]];
  } else {
    // Only a cap is known: the grant cannot exceed it, nor the cost of the project.
    [amount, reason, used] = [Math.min(maximum!.value, total), 'cap-only', [maximum]];
  }
  if (maxBudget) used.push(maxBudget);
  if (minimum && amount < minimum.value) return line('below-minimum', amount, false, [...used, minimum]);
  return line(reason, amount, true, used);
}

/** The top-up lines stacked on a programme's grant. */
function topUpLines(rules: FundingRules, grant: PlanLine, origin: string | undefined): PlanLine[] {
  return rules.topUps.map((topUp) => {
    const amount = cents((grant.amount * topUp.share) / 100);
    const forOrigin = topUp.origin.length === 0 || (origin !== undefined && topUp.origin.includes(origin));
    const reason: Reason = !grant.counted
      ? 'top-up-no-grant'
      : forOrigin
        ? 'top-up'
        : origin === undefined
          ? 'top-up-if-origin'
          : 'top-up-other-origin';
    return {
      kind: 'top-up',
      programme: rules.slug,
      funder: topUp.funder,
      amount: reason === 'top-up' || reason === 'top-up-if-origin' ? amount : 0,
      counted: reason === 'top-up',
      reason,
      values: {
        share: topUp.share,
        grant: grant.amount,
        currency: grant.values.currency,
        ...(topUp.origin.length ? { origin: topUp.origin.join(',') } : {}),
        ...(topUp.period ? { start: topUp.period.start, end: topUp.period.end ?? '' } : {}),
      },
      sources: [topUp.source],
      status: topUp.status,
    };
  });
}

/**
 * The financing plan for a project: one grant line per programme (with the
 * reason that decided it), its top-ups after it, what is funded and what the
 * association must still raise, and notes on the plan as a whole.
 */
export function planFinancing(input: PlanInput): Plan {
  const total = Number.isFinite(input.total) && input.total > 0 ? input.total : 0;
  const inKind = Number.isFinite(input.inKind) && (input.inKind ?? 0) > 0 ? input.inKind! : 0;
  const lines = input.programmes.flatMap((rules) => {
    const grant = grantLine(rules, total, input.currency);
    return [grant, ...topUpLines(rules, grant, input.origin)];
  });
  const funded = cents(lines.reduce((sum, l) => sum + (l.counted ? l.amount : 0), 0));
  const notes: PlanNote[] = [];
  if (total === 0) notes.push('no-total');
  if (lines.filter((l) => l.kind === 'grant' && l.counted).length > 1) notes.push('several-programmes');
  if (inKind > total && total > 0) notes.push('in-kind-over-total');
  else if (funded + inKind > total && total > 0) notes.push('over-total');
  return {
    currency: input.currency,
    total,
    inKind,
    lines,
    funded,
    toRaise: cents(total - inKind - funded),
    coverage: total > 0 ? cents(((funded + inKind) / total) * 100) : 0,
    notes,
  };
}
