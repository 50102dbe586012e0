/** The theme taxonomy (`content/themes.yaml`): a list of themes, each with its own id. */
import { join } from 'node:path';
import { themeSchema } from '../../../schemas/theme';
import { THEMES_FILE } from '../layout';
import type { Problems } from './read';
import { validate } from './schema';
import { say } from './wording';

/** Reads and checks the themes; the ids of the valid ones. */
export function readThemes(problems: Problems, contentDir: string): Set<string> {
  const themes = new Set<string>();
  const parsed = problems.readRequired(join(contentDir, THEMES_FILE), say.themesMissing(THEMES_FILE));
  if (!parsed) return themes;
  if (!Array.isArray(parsed.data)) {
    problems.add(parsed, 'file', say.themesNotList());
    return themes;
  }
  parsed.data.forEach((_, i) => {
    const theme = validate(problems, parsed, themeSchema, [i]);
    if (!theme) return;
    if (themes.has(theme.id)) problems.add(parsed, `${i}.id`, say.duplicateThemeId(theme.id), [i, 'id']);
    themes.add(theme.id);
  });
  return themes;
}
