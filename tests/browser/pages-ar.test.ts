/** Every page type in Arabic in Chromium (see `tests/helpers/axe-pages.ts`). */
import { checkPagesOf } from '../helpers/axe-pages';

checkPagesOf('ar');
