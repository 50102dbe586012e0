/** The theme taxonomy (`content/themes.yaml`): a list of themes, each with its own id. */
import { join } from 'node:path';
import { themeSchema } from '../../../schemas/theme';
import { THEMES_FILE } from '../layout';
import type { Problems } from './read';
import { validate } from './schema';

/** Reads and checks the themes; the ids of the valid ones. */
export function readThemes(problems: Problems, contentDir: string): Set<string> {
  const themes = new Set<string>();
  const parsed = problems.readRequired(
    join(contentDir, THEMES_FILE),
    `is missing: create content/${THEMES_FILE} with the list of themes`,
  );
  if (!parsed) return themes;
  if (!Array.isArray(parsed.data)) {
    problems.add(parsed, 'file', 'must be a list of themes (each starting with "- id:")');
    return themes;
  }
  parsed.data.forEach((_, i) => {
    const theme = validate(problems, parsed, themeSchema, [i]);
    if (!theme) return;
    if (themes.has(theme.id))
      problems.add(parsed, `${i}.id`, `duplicate theme id "${theme.id}": give each theme its own id`, [i, 'id']);
    themes.add(theme.id);
  });
  return themes;
}
