/** The planner's and the finder's rules, on the edge cases an association meets. */
import { describe, expect, it } from 'vitest';
import { planFinancing, type FundingRules } from '../../src/lib/funding/plan';
import { findProgrammes, matchProgramme, type Eligibility } from '../../src/lib/funding/match';

const praOsim: FundingRules = {
  slug: 'pra-osim',
  currency: 'EUR',
  maximum: { value: 15000, source: 'call' },
  share: { value: 70, source: 'call' },
  maxBudget: { value: 120000, source: 'call' },
  topUps: [
    {
      funder: 'ccme',
      share: 30,
      origin: ['MA'],
      status: 'announced',
      period: { start: '2017', end: '2019' },
      source: 'ccme',
    },
  ],
};
const plan = (total: number, programmes: FundingRules[], more: { inKind?: number; origin?: string } = {}) =>
  planFinancing({ total, currency: 'EUR', programmes, ...more });

describe('financing plan', () => {
  it('applies the cap when it binds: a 50,000 € project gets 15,000 €, not 70 %', () => {
    const p = plan(50000, [praOsim]);
    expect(p.lines[0]).toMatchObject({ amount: 15000, counted: true, reason: 'cap-binds', sources: ['call'] });
    expect(p.lines[0].values.shareAmount).toBe(35000);
    expect(p.toRaise).toBe(35000);
  });

  it('applies the share when it binds: a 10,000 € project gets 7,000 €', () => {
    const p = plan(10000, [praOsim]);
    expect(p.lines[0]).toMatchObject({ amount: 7000, counted: true, reason: 'share-binds' });
    expect(p.toRaise).toBe(3000);
    expect(p.coverage).toBe(70);
  });

  it('does not count a grant when the budget is above the maximum, and says so', () => {
    const p = plan(150000, [praOsim]);
    expect(p.lines[0]).toMatchObject({ amount: 0, counted: false, reason: 'over-max-budget' });
    expect(p.lines[0].values.maxBudget).toBe(120000);
    expect(p.funded).toBe(0);
    expect(p.toRaise).toBe(150000);
  });

  it('computes a top-up on the capped grant, and counts it only for the diaspora it is for', () => {
    const moroccan = plan(50000, [praOsim], { origin: 'MA' });
    expect(moroccan.lines[1]).toMatchObject({
      kind: 'top-up',
      amount: 4500,
      counted: true,
      reason: 'top-up',
      status: 'announced',
    });
    expect(moroccan.funded).toBe(19500);
    expect(moroccan.toRaise).toBe(30500);
    const senegalese = plan(50000, [praOsim], { origin: 'SN' });
    expect(senegalese.lines[1]).toMatchObject({ amount: 0, counted: false, reason: 'top-up-other-origin' });
    const unsaid = plan(50000, [praOsim]);
    expect(unsaid.lines[1]).toMatchObject({ amount: 4500, counted: false, reason: 'top-up-if-origin' });
    expect(unsaid.funded).toBe(15000);
  });

  it('does not stack a top-up on a grant that is not counted', () => {
    const p = plan(150000, [praOsim], { origin: 'MA' });
    expect(p.lines[1]).toMatchObject({ amount: 0, counted: false, reason: 'top-up-no-grant' });
  });

  it('adds several programmes, notes that no source says they combine, and flags a plan over 100 %', () => {
    const other: FundingRules = { slug: 'other', share: { value: 70, source: 'site' }, topUps: [] };
    const p = plan(10000, [praOsim, other]);
    expect(p.lines.filter((l) => l.counted).map((l) => l.amount)).toEqual([7000, 7000]);
    expect(p.funded).toBe(14000);
    expect(p.toRaise).toBe(-4000);
    expect(p.coverage).toBe(140);
    expect(p.notes).toEqual(['several-programmes', 'over-total']);
  });

  it('lists a programme with unknown amounts without counting it', () => {
    const unknown: FundingRules = { slug: 'unknown', topUps: [] };
    const p = plan(20000, [unknown]);
    expect(p.lines).toEqual([
      expect.objectContaining({ amount: 0, counted: false, reason: 'unknown-amounts', sources: [] }),
    ]);
    expect(p.toRaise).toBe(20000);
  });

  it('never adds amounts in another currency', () => {
    const pesos: FundingRules = {
      slug: '3x1',
      currency: 'MXN',
      share: { value: 25, source: 'fs' },
      maximum: { value: 1e6, source: 'fs' },
      topUps: [],
    };
    const p = plan(50000, [praOsim, pesos]);
    expect(p.lines[2]).toMatchObject({
      programme: '3x1',
      counted: false,
      reason: 'other-currency',
      values: { currency: 'MXN' },
    });
    expect(p.funded).toBe(15000);
    expect(p.notes).not.toContain('several-programmes');
  });

  it('subtracts in-kind contributions from what must be raised, and flags them above the total', () => {
    expect(plan(50000, [praOsim], { inKind: 5000 }).toRaise).toBe(30000);
    expect(plan(1000, [praOsim], { inKind: 2000 }).notes).toContain('in-kind-over-total');
  });

  it('refuses a grant below the programme’s minimum, and caps a cap-only grant at the cost', () => {
    const withMinimum: FundingRules = { ...praOsim, minimum: { value: 5000, source: 'call' } };
    expect(plan(5000, [withMinimum]).lines[0]).toMatchObject({ amount: 3500, counted: false, reason: 'below-minimum' });
    const capOnly: FundingRules = { slug: 'cap', currency: 'EUR', maximum: { value: 15000, source: 's' }, topUps: [] };
    expect(plan(8000, [capOnly]).lines[0]).toMatchObject({ amount: 8000, reason: 'cap-only' });
  });

  it('says when no total is given rather than planning on zero silently', () => {
    expect(plan(Number.NaN, [praOsim]).notes).toContain('no-total');
  });
});

describe('funding finder', () => {
  const pra: Eligibility = {
    slug: 'pra-osim',
    residence: { countries: ['FR'], source: 'a' },
    projectCountries: { countries: [], source: 'b' },
    excluded: { countries: ['ML'], source: 'a' },
    sectors: { themes: ['education', 'water-sanitation'], source: 'c' },
  };
  const paisd: Eligibility = {
    slug: 'paisd',
    residence: { countries: ['FR', 'ES', 'IT', 'BE'], source: 's' },
    origin: { countries: ['SN'], source: 's' },
    projectCountries: { countries: ['SN'], source: 's' },
    ended: '2025',
  };

  it('rules out a programme for an excluded country and says which rule', () => {
    const m = matchProgramme(pra, { residence: 'FR', country: 'ML' });
    expect(m.verdict).toBe('ruled-out');
    expect(m.findings).toContainEqual({
      criterion: 'country',
      outcome: 'excluded',
      value: 'ML',
      allowed: [],
      source: 'a',
    });
  });

  it('keeps a programme open under a rule the reader must check, and with undocumented conditions', () => {
    const m = matchProgramme(pra, { residence: 'FR', origin: 'MA', country: 'MA', sector: 'education' });
    expect(m.verdict).toBe('possible');
    expect(m.findings.map((f) => f.outcome)).toEqual(['yes', 'unknown', 'rule', 'yes']);
  });

  it('matches when every chosen condition is documented and met', () => {
    expect(matchProgramme(pra, { residence: 'FR', sector: 'water-sanitation' }).verdict).toBe('match');
  });

  it('rules out a programme for an association based elsewhere, and one that has ended', () => {
    expect(matchProgramme(pra, { residence: 'BE' }).findings[0]).toMatchObject({ outcome: 'no', allowed: ['FR'] });
    expect(matchProgramme(paisd, {}).verdict).toBe('ruled-out');
  });

  it('orders matches before possible ones and those ruled out', () => {
    const open: Eligibility = { slug: 'open' };
    expect(findProgrammes([paisd, open, pra], { residence: 'FR' }).map((m) => m.slug)).toEqual([
      'pra-osim',
      'open',
      'paisd',
    ]);
  });
});
