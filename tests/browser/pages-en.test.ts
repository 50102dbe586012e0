/** Every page type in English in Chromium (see `tests/helpers/axe-pages.ts`). */
import { checkPagesOf } from '../helpers/axe-pages';

checkPagesOf('en');
