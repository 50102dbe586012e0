/** A page to cite, with authors in content/people/ and a title that every citation format must escape. */
import { citableEntry, type CitableWork } from '../../src/lib/cite/cite';
import type { Person } from '../../src/schemas/person';

const people = new Map<string, Person>([
  [
    'codev-atlas-editorial-team',
    {
      name: 'Codev Atlas editorial team',
      names: { fr: "Équipe éditoriale de l'Atlas du codéveloppement", ar: 'فريق تحرير أطلس التنمية المشتركة' },
      type: 'organization',
    },
  ],
  ['jane-doe', { name: 'Jane van der Doe', type: 'person', orcid: '0000-0002-1825-0097' }],
]);
const site = 'https://example.org';

/** The English page of a case (overrides change any field). */
export function work(overrides: Partial<Parameters<typeof citableEntry>[0]> = {}): CitableWork {
  return citableEntry({
    section: 'cases',
    slug: 'migrations-developpement',
    lang: 'en',
    text: {
      title: 'Migrations & Développement: 30 % of “villages”, {braces} and a_b',
      summary: 'A summary, with commas; and "quotes".',
    },
    textLang: 'en',
    facts: {
      published: '2025-06-10',
      updated: '2026-02-01',
      authors: ['codev-atlas-editorial-team', 'jane-doe'],
      licence: 'CC-BY-4.0',
    },
    people,
    site,
    ...overrides,
  });
}

/** The same page in Arabic, with an Arabic title. */
export const arabic = () =>
  work({
    lang: 'ar',
    textLang: 'ar',
    text: { title: 'أطلس التنمية المشتركة: «مثال» & 50 %', summary: 'ملخص قصير، مع فاصلة.' },
  });
