/**
 * The French text of a case or practice holds its facts and its text fields
 * in one front matter: the two sets of fields must never share a name, or a
 * field would be read as both (and the web editor would write it once or in
 * every language, depending on which set it took it from).
 */
import { describe, expect, it } from 'vitest';
import { FACT_FIELDS, splitFields, TEXT_FIELDS } from '../../src/schemas/entry-fields';

describe('the fields of a French text', () => {
  it('are facts or text fields, never both', () => {
    for (const collection of ['cases', 'practices'] as const) {
      const shared = [...FACT_FIELDS[collection]].filter((key) => TEXT_FIELDS[collection].has(key));
      expect(shared, collection).toEqual([]);
      expect(FACT_FIELDS[collection].size, collection).toBeGreaterThan(5);
      expect(TEXT_FIELDS[collection].has('title'), collection).toBe(true);
    }
    // Both kinds of case give their fields.
    expect(FACT_FIELDS.cases.has('diaspora') && FACT_FIELDS.cases.has('transfer')).toBe(true);
  });

  it('are cut into facts, text fields and the fields that are neither', () => {
    expect(splitFields('practices', { title: 'T', category: 'financing', sdg: [1] })).toEqual({
      facts: { category: 'financing' },
      text: { title: 'T' },
      neither: ['sdg'],
    });
  });
});
