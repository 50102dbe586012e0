/**
 * The order in which the two test workers take the test files: the files of
 * the projects that need no setup build first, so that they run while the
 * setup builds do (see `setup-builds.ts`); then the browser files, which
 * need only the real site; then the build files, which also wait for the
 * sub-path fixture. Within each part, Vitest's own order: longest first by
 * the last run's times, or largest first when it has none (a fresh clone, as
 * in CI). Among the build files, those that take far longer than their size
 * suggests come first: left to their size, they came last, and a fresh
 * clone's run ended with one of them alone on one core for a quarter of a
 * minute.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that build a site of their own or read every page of the build, the longest first. */
const LONG_FOR_THEIR_SIZE = [
  'tests/build/synthetic.test.ts',
  'tests/build/html.test.ts',
  'tests/build/large-site-switch.test.ts',
  'tests/build/links.test.ts',
  'tests/build/content-errors.test.ts',
];

export class BuildsLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const readsBuild = (file: TestSpecification) => file.project.config.setupFiles.length > 0;
    const rank = (file: TestSpecification) => {
      if (!readsBuild(file)) return 0;
      if (file.project.name === 'browser') return 1;
      const long = LONG_FOR_THEIR_SIZE.findIndex((path) => file.moduleId.endsWith(path));
      return long === -1 ? 2 + LONG_FOR_THEIR_SIZE.length : 2 + long;
    };
    // Array sort is stable: within a rank, Vitest's order stays.
    return sorted.toSorted((a, b) => rank(a) - rank(b));
  }
}
