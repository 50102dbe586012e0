/**
 * The sources of a programme's practical sheet: every structured fact names
 * the source it comes from (`source: key`), the key must be one of the
 * programme's `sources`, and every source listed must back at least one fact
 * (the sheet numbers its sources, and a number no fact points to helps no reader).
 */
import { say } from './wording';
import type { Programme } from '../../../schemas/programme';
import type { Parsed, Problems } from './read';

type Path = (string | number)[];

/** Every `source:` key of a programme's facts, with where it is. */
export function factSources(value: Programme): { path: Path; key: string }[] {
  const found: { path: Path; key: string }[] = [];
  const walk = (node: unknown, path: Path) => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else if (node && typeof node === 'object')
      for (const [field, child] of Object.entries(node)) {
        if (field === 'source' && typeof child === 'string') found.push({ path: [...path, field], key: child });
        else walk(child, [...path, field]);
      }
  };
  for (const [field, child] of Object.entries(value)) if (field !== 'sources') walk(child, [field]);
  return found;
}

/** Problems with the sources a programme's facts name. */
export function checkProgrammeSources(problems: Problems, parsed: Parsed, value: Programme): void {
  const keys = new Set(value.sources.map((s) => s.key));
  const cited = new Set<string>();
  for (const { path, key } of factSources(value)) {
    cited.add(key);
    if (!keys.has(key)) problems.add(parsed, path.join('.'), say.factSourceUnknown(key, [...keys]), path);
  }
  value.sources.forEach((source, i) => {
    if (!cited.has(source.key))
      problems.add(parsed, `sources.${i}.key`, say.sourceBacksNoFact(source.key), ['sources', i, 'key']);
  });
}
