/**
 * The body of a text kept to prose: the rules are in `../safe-mdx.ts`, which
 * parses the body with the build's own parser; here its findings become
 * problems of the file.
 */
import { checkMdx, type MdxNode } from '../safe-mdx';
import type { TextFormat } from '../layout';
import type { Problems } from './read';

/** Checks a text's body and records what it refuses; the parsed body, for the search of leftover TODOs. */
export function checkBody(
  problems: Problems,
  path: string,
  text: string,
  dir: string,
  format: TextFormat,
): MdxNode | undefined {
  const { problems: found, tree } = checkMdx(text, dir, format);
  for (const problem of found)
    problems.list.push({ file: problems.rel(path), line: problem.line, field: 'body', message: problem.message });
  return tree;
}
