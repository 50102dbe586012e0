/** Helpers to build content folders from the fixtures in temporary folders. */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './temp';

export const FIXTURES = resolve('tests/fixtures');
export const VALID = join(FIXTURES, 'valid');

/** Lays the files of `invalid/<name>` over the content folder `dir`. */
export function layInvalid(dir: string, name: string): void {
  cpSync(join(FIXTURES, 'invalid', name), dir, {
    recursive: true,
    filter: (src) => !src.endsWith('expected.json'),
  });
}

/** A copy of the valid fixture with the files of `invalid/<name>` laid over it. */
export function invalidContent(name: string): string {
  const dir = tempDir(name);
  cpSync(VALID, dir, { recursive: true });
  layInvalid(dir, name);
  return dir;
}

export interface Expected {
  file: string;
  line?: number;
  field: string;
  message: string;
}

export function invalidFixtures(): { name: string; expected: Expected }[] {
  return readdirSync(join(FIXTURES, 'invalid'))
    .sort()
    .map((name) => ({
      name,
      expected: JSON.parse(readFileSync(join(FIXTURES, 'invalid', name, 'expected.json'), 'utf8')) as Expected,
    }));
}
