import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/schemas/case';
import { MINIMAL_CASE } from '../helpers/case-facts';
import { countryCode, httpUrl, isoDate, partialDate, period } from '../../src/schemas/common';
import { correction } from '../../src/schemas/editorial';

describe('shared field rules', () => {
  it('accepts http and https URLs only', () => {
    expect(httpUrl.safeParse('https://forim.net/').success).toBe(true);
    expect(httpUrl.safeParse('http://example.org/a?b=c').success).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.org', 'forim.net', 'JAVASCRIPT:alert(1)'])
      expect(httpUrl.safeParse(bad).success, bad).toBe(false);
  });

  it('accepts ISO 3166-1 alpha-2 codes only', () => {
    for (const ok of ['MA', 'FR', 'SN', 'KM']) expect(countryCode.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['UK', 'XX', 'ma', 'MAR', 'Morocco']) expect(countryCode.safeParse(bad).success, bad).toBe(false);
  });

  it('reads dates and partial dates', () => {
    expect(isoDate.parse(new Date('2017-01-15'))).toBe('2017-01-15');
    expect(isoDate.safeParse('2017-02-30').success).toBe(false);
    expect(isoDate.safeParse('2016-02-29').success).toBe(true);
    expect(partialDate.safeParse('2017-02-29').success).toBe(false);
    expect(isoDate.safeParse('2017-13-01').success).toBe(false);
    expect(partialDate.parse(2017)).toBe('2017');
    expect(partialDate.parse('2017-01')).toBe('2017-01');
    expect(partialDate.safeParse('2017-1').success).toBe(false);
  });

  it('orders partial dates by what they can mean', () => {
    expect(period.safeParse({ start: '2017-05', end: 2017 }).success).toBe(true);
    expect(period.safeParse({ start: 2017, end: '2016-12' }).success).toBe(false);
    expect(period.safeParse({ start: 2017, end: 2019, ongoing: true }).success).toBe(false);
  });
});

describe('case schema', () => {
  it('tells the two kinds apart and requires the block of each', () => {
    expect(
      caseSchema.safeParse({ ...MINIMAL_CASE, kind: 'diaspora', diaspora: { origin: 'MA', residence: ['FR'] } })
        .success,
    ).toBe(true);
    const transfer = caseSchema.safeParse({
      ...MINIMAL_CASE,
      kind: 'transfer',
      diaspora: { origin: 'MA', residence: ['FR'] },
    });
    expect(transfer.success).toBe(false);
  });

  it('requires reviewers and a date for a reviewed case, and a reason for a retired one', () => {
    const reviewed = caseSchema.safeParse({
      ...MINIMAL_CASE,
      kind: 'diaspora',
      status: 'reviewed',
      diaspora: { origin: 'MA', residence: ['FR'] },
    });
    expect(reviewed.success).toBe(false);
    expect(reviewed.error!.issues.map((i) => i.path.join('.'))).toEqual(['reviewers', 'reviewedOn']);
    const retired = caseSchema.safeParse({
      ...MINIMAL_CASE,
      kind: 'diaspora',
      status: 'retired',
      diaspora: { origin: 'MA', residence: ['FR'] },
    });
    expect(retired.error!.issues.map((i) => i.path.join('.'))).toEqual(['retiredReason']);
  });

  it('defaults the licence to CC BY 4.0', () => {
    const parsed = caseSchema.parse({
      ...MINIMAL_CASE,
      kind: 'diaspora',
      diaspora: { origin: 'MA', residence: ['FR'] },
    });
    expect(parsed.licence).toBe('CC-BY-4.0');
  });
});

describe('corrections', () => {
  const fix = { wrong: { fr: 'quatre écoles' }, changed: { fr: 'trois écoles' } };
  it('accepts a dated correction that says what was wrong and what changed', () => {
    expect(correction.safeParse({ date: '2026-02-01', ...fix }).success).toBe(true);
  });
  it('refuses a correction without a valid date, without its texts, or with an unknown field', () => {
    for (const bad of [
      { date: '1 Feb 2026', ...fix },
      { date: '2026-02-01', wrong: fix.wrong },
      { date: '2026-02-01', ...fix, changed: {} },
      { date: '2026-02-01', ...fix, reason: 'typo' },
    ])
      expect(correction.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
