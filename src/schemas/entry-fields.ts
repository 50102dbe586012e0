/**
 * Which front matter fields of a case's or practice's French text are facts
 * and which are its text: the French text (`case.fr.md`) holds both, so that
 * a new entry is one file. The two sets are disjoint (a unit test holds them
 * to it); a field in neither is a mistake the content check names.
 */
import type { FolderCollection } from '../lib/model/layout';
import { caseSchema } from './case';
import { practiceSchema } from './practice';
import { caseTextSchema, practiceTextSchema } from './text';

/** The fields of the facts, every kind of case together. */
export const FACT_FIELDS: Record<FolderCollection, ReadonlySet<string>> = {
  cases: new Set(caseSchema.options.flatMap((kind) => Object.keys(kind.shape))),
  practices: new Set(Object.keys(practiceSchema.shape)),
};

/** The fields of a text's front matter, in every language. */
export const TEXT_FIELDS: Record<FolderCollection, ReadonlySet<string>> = {
  cases: new Set(Object.keys(caseTextSchema.shape)),
  practices: new Set(Object.keys(practiceTextSchema.shape)),
};

/** A French text's front matter cut into its facts, its text fields and the fields that are neither. */
export function splitFields(
  collection: FolderCollection,
  data: unknown,
): { facts: Record<string, unknown>; text: Record<string, unknown>; neither: string[] } {
  const facts: Record<string, unknown> = {};
  const text: Record<string, unknown> = {};
  const neither: string[] = [];
  if (data && typeof data === 'object' && !Array.isArray(data))
    for (const [key, value] of Object.entries(data)) {
      if (FACT_FIELDS[collection].has(key)) facts[key] = value;
      else if (TEXT_FIELDS[collection].has(key)) text[key] = value;
      else neither.push(key);
    }
  return { facts, text, neither };
}

/** A text's front matter without facts (the French text's holds them too). */
export function withoutFacts(collection: FolderCollection, data: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !FACT_FIELDS[collection].has(key)));
}
