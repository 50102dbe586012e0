/**
 * The text `npm run new` leaves to write (`TODO`): accepted in a draft,
 * refused once the entry is public, so that a draft cannot go out half
 * written. The editors' report counts what is left.
 */
import { SCAFFOLD_MARKER } from '../../editors/scaffold-marker';
import { bodyTexts } from '../safe-mdx';
import { stringsIn, type Parsed, type Problems } from './read';
import type { TextFrontMatter, Texts } from './texts';
import { say } from './wording';

const MARKER = new RegExp(`\\b${SCAFFOLD_MARKER}\\b`);

/** Counts the TODOs left in an entry's files, recording them as problems unless the entry is a draft. */
export function unwritten(
  problems: Problems,
  status: string | undefined,
  facts: Parsed | undefined,
  texts: Texts<TextFrontMatter>,
  kind: 'case' | 'practice',
): number {
  const message = say.textLeftToWrite(SCAFFOLD_MARKER, kind);
  const refuse = status !== undefined && status !== 'draft';
  let count = 0;
  if (facts)
    for (const { path, value } of stringsIn(facts.data))
      if (MARKER.test(value)) {
        count++;
        if (refuse) problems.add(facts, path.join('.'), message, path);
      }
  for (const { value, parsed, tree } of texts.values()) {
    const draft = value?.translation?.draft ?? false;
    const found = [
      ...(parsed ? stringsIn(parsed.data).map(({ path, value: text }) => ({ path, text, line: undefined })) : []),
      ...(tree ? bodyTexts(tree).map(({ value: text, line }) => ({ path: undefined, text, line })) : []),
    ].filter(({ text }) => MARKER.test(text));
    count += found.length;
    if (!refuse || draft || !parsed) continue;
    for (const { path, line } of found)
      if (path) problems.add(parsed, path.join('.'), message, path);
      else problems.list.push({ file: parsed.file, line, field: 'body', message });
  }
  return count;
}
