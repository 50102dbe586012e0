/**
 * The word `npm run new` writes where the editor still has to write. The
 * check accepts it in a draft and refuses it once the entry is public, so a
 * half-written case cannot be published by mistake.
 */
export const SCAFFOLD_MARKER = 'TODO';
