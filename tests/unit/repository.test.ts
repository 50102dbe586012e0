/**
 * The repository's conventions for contributors: CI runs the README's test
 * command on the Node version of .nvmrc, deployment builds under the Pages
 * base path, and the issue forms and pull-request template exist in the
 * shape GitHub reads.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Workflow = { on: unknown; permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}.yml`, 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);

describe('repository conventions', () => {
  it('CI installs with npm ci and runs npm test on the Node of .nvmrc, read-only', () => {
    const ci = workflow('ci');
    const all = steps(ci);
    expect(all.find((s) => s.uses?.startsWith('actions/setup-node'))!.with!['node-version']).toBe(
      Number(readFileSync('.nvmrc', 'utf8').trim()),
    );
    const runs = all.map((s) => s.run?.trim());
    expect(runs.indexOf('npm ci')).toBeGreaterThanOrEqual(0);
    expect(runs.indexOf('npm test')).toBeGreaterThan(runs.indexOf('npm ci'));
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(ci.on).toMatchObject({ pull_request: null });
  });

  it('deployment builds main under the Pages base path and publishes dist/', () => {
    const deploy = workflow('deploy');
    const all = steps(deploy);
    const build = all.find((s) => s.run === 'npm run build')!;
    expect(build.env).toMatchObject({
      BASE_PATH: '${{ steps.pages.outputs.base_path }}/',
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      ATLAS_REPOSITORY_URL: '${{ github.server_url }}/${{ github.repository }}',
    });
    expect(all.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!.with!.path).toBe('dist');
    expect(all.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
    expect(deploy.on).toMatchObject({ push: { branches: ['main'] } });
  });

  it('offers issue forms to propose a case and report an error, and a pull-request checklist', () => {
    for (const form of ['propose-case', 'report-error']) {
      const parsed = parse(readFileSync(`.github/ISSUE_TEMPLATE/${form}.yml`, 'utf8')) as {
        name: string;
        body: { type: string; validations?: { required: boolean } }[];
      };
      expect(parsed.name).toBeTruthy();
      expect(parsed.body.filter((field) => field.validations?.required).length).toBeGreaterThanOrEqual(2);
    }
    const template = readFileSync('.github/pull_request_template.md', 'utf8');
    expect(template.match(/^- \[ \] /gm)!.length).toBeGreaterThanOrEqual(5);
    expect(template).toContain('npm run check');
  });
});
