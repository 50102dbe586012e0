import { describe, expect, it } from 'vitest';
import { documentTitle, MAX_TITLE } from '../../src/lib/site/meta';

describe('document titles', () => {
  it('adds the site name when it fits', () => {
    expect(documentTitle('Cases', 'Codev Atlas')).toBe('Cases — Codev Atlas');
    expect(documentTitle('Codev Atlas', 'Codev Atlas')).toBe('Codev Atlas');
  });

  it('drops the site name, then cuts at a word, to stay within the limit', () => {
    const long = 'The FORIM–CCME partnership for Moroccan migrant associations (2017–2019)';
    const title = documentTitle(long, 'Codev Atlas');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(
      documentTitle(
        "Abonder par des fonds publics l'argent réuni par les associations de la diaspora",
        'Atlas',
      ).replace(/'/g, '&#39;').length,
    ).toBeLessThanOrEqual(MAX_TITLE);
    expect(title).toBe('The FORIM–CCME partnership for Moroccan migrant associations…');
    const fits = 'A title of exactly sixty characters, more or less, for tests';
    expect(documentTitle(fits, 'Codev Atlas')).toBe(fits);
  });
});
