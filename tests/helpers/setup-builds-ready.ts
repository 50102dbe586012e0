/**
 * Set-up of every test file of the projects that read the setup builds:
 * waits for the real site and, in the build project, for the sub-path
 * fixture (see `setup-builds.ts`).
 */
import { inject } from 'vitest';
import { waitForBuild } from './setup-builds';

await waitForBuild(inject('siteBuild'), 'the build of the real site');
const subPath = inject('subPathBuild');
if (subPath) await waitForBuild(subPath, 'the build of the sub-path fixture');
