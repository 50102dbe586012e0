/**
 * The order in which the two test workers take the test files: the files of
 * the projects that need no setup build first, so that they run while the
 * setup builds do (see `setup-builds.ts`), then those that read a build.
 * Within each part, Vitest's own order: longest first by the last run's
 * times, or largest first when there are none (a fresh clone).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class BuildsLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const readsBuild = (file: TestSpecification) => file.project.config.setupFiles.length > 0;
    return [...sorted.filter((file) => !readsBuild(file)), ...sorted.filter(readsBuild)];
  }
}
