/**
 * Packs the built data files (`data/`: tables, schemas, citation files)
 * into one archive with their SHA-256 checksums, so that a researcher
 * downloads the whole dataset of a version at once and can check it. The
 * checksums are also written beside the files (`data/SHA256SUMS`), so that a
 * single download can be checked too.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { CHECKSUMS, checksumLines, DATA_ARCHIVE } from '../lib/site/release';

/** Every file under `dir`, by its path from `root` with forward slashes. */
function filesUnder(root: string, dir: string, skip: Set<string>): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (!skip.has(path)) files.set(path, readFileSync(join(root, path)));
  }
  return files;
}

export function dataArchive(): AstroIntegration {
  return {
    name: 'codev-atlas:data-archive',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = filesUnder(root, 'data', new Set([DATA_ARCHIVE, CHECKSUMS]));
        const sums = new TextEncoder().encode(checksumLines(files));
        writeFileSync(join(root, CHECKSUMS), sums);
        // Paths inside the archive start at `data/`, as on the site; a fixed date keeps the archive
        // the same bytes when its files are (zip stores each file's time).
        const entries: Zippable = {};
        for (const [path, bytes] of [...files, [CHECKSUMS, sums] as const])
          entries[path] = [bytes, { mtime: new Date('2000-01-01T00:00:00Z') }];
        writeFileSync(join(root, DATA_ARCHIVE), zipSync(entries, { level: 9 }));
        logger.info(`${files.size} data files packed in ${DATA_ARCHIVE}, with their checksums.`);
      },
    },
  };
}
