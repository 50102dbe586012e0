/**
 * References between entries, checked against the table of references
 * (`../references.ts`): every slug a field names must be an entry of the
 * collection the table gives.
 */
import { didYouMean } from '../../editors/did-you-mean';
import { ENTRY_PLACE, type Collection } from '../layout';
import { referencesIn, type Holder } from '../references';
import type { Parsed, Problems } from './read';
import { say } from './wording';

/** The slugs of every collection, as far as they are known. */
export type Known = Record<Collection, { has(slug: string): boolean; keys(): Iterable<string> }>;

/**
 * Records a problem for every reference of `data` (an entry of `holder`) to an
 * entry that does not exist, naming the existing slug it is a typo of, if any.
 * `verb` says what the editor does with the missing file.
 */
export function checkReferences(
  problems: Problems,
  parsed: Parsed,
  holder: Holder,
  data: unknown,
  known: Known,
  verb: 'create' | 'add' = 'create',
): void {
  for (const { path, slug, to } of referencesIn(holder, data)) {
    if (known[to].has(slug)) continue;
    problems.add(
      parsed,
      path.join('.'),
      say.unknownReference(to, slug, ENTRY_PLACE[to].replace('<slug>', slug), verb, didYouMean(slug, known[to].keys())),
      path,
    );
  }
}
