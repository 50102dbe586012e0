/**
 * Releases of the atlas, so that a published analysis can point to exactly
 * the data it used. The release (version and day) is written once, in
 * `CITATION.cff`; `.zenodo.json`, `package.json` and the top entry of
 * `CHANGELOG.md` repeat it, and a test keeps them equal. Each build packs
 * its data files with their SHA-256 checksums into one archive, and the
 * release workflow attaches that archive to the GitHub release that Zenodo
 * archives under a DOI (see `docs/releases.md`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A release of the atlas. */
export interface Release {
  /** Calendar version, `YYYY.MM.N`. */
  version: string;
  /** Day of the release, `YYYY-MM-DD`. */
  date: string;
  /** The release's DOI, once Zenodo has given one. */
  doi?: string | undefined;
}

/** The current release, from `CITATION.cff` (undefined when the file gives none). */
export function currentRelease(file = 'CITATION.cff'): Release | undefined {
  if (!existsSync(file)) return undefined;
  const cff = (parse(readFileSync(file, 'utf8')) ?? {}) as {
    version?: unknown;
    'date-released'?: unknown;
    doi?: unknown;
  };
  if (typeof cff.version !== 'string' || typeof cff['date-released'] !== 'string') return undefined;
  return {
    version: cff.version,
    date: cff['date-released'],
    doi: typeof cff.doi === 'string' ? cff.doi : undefined,
  };
}

/** The archive of a build's data files, under `data/` (see `src/integrations/data-archive.ts`). */
export const DATA_ARCHIVE = 'data/codev-atlas-data.zip';
/** The checksums of the data files, beside them and inside the archive (`sha256sum -c` reads it). */
export const CHECKSUMS = 'data/SHA256SUMS';

/** A file's SHA-256, in hexadecimal. */
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The lines of a `SHA256SUMS` file for `files` (path → bytes), in path
 * order, in the format of `sha256sum`: hash, two spaces, path.
 */
export function checksumLines(files: Map<string, Uint8Array>): string {
  return [...files.keys()]
    .sort()
    .map((path) => `${sha256(files.get(path)!)}  ${path}\n`)
    .join('');
}
