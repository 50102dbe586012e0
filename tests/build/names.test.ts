/**
 * Organisations and programmes are named on every page in the page's
 * language when they have a name there, else by their own name: a French
 * page never shows FORIM's or PRA/OSIM's English name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/schemas/common';
import { contentDir, parseYaml, walk } from '../../src/lib/model/layout';
import { page } from '../helpers/dist';

interface Named {
  name: string;
  names?: Partial<Record<(typeof LANGS)[number], string>>;
}

describe('names of organisations and programmes', () => {
  for (const collection of ['organizations', 'programmes'] as const)
    it(`every ${collection.slice(0, -1)} page names it in the page's language or by its own name`, () => {
      const entries = walk(contentDir(), collection);
      expect(entries.length).toBeGreaterThan(5);
      const wrong: string[] = [];
      for (const { slug, path } of entries) {
        const entity = parseYaml(readFileSync(path, 'utf8')) as Named;
        for (const lang of LANGS) {
          const expected = entity.names?.[lang] ?? entity.name;
          const heading = page(`/${lang}/${collection}/${slug}/`).querySelector('h1')!.text.replace(/\s+/g, ' ');
          if (!heading.includes(expected)) wrong.push(`/${lang}/${collection}/${slug}/: "${heading.trim()}"`);
        }
      }
      expect(wrong).toEqual([]);
    });
});
