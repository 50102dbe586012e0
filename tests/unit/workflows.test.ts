/**
 * The pull-request workflow as a contributor meets it: the content check
 * first, with annotations, then the full tests, and the built site to
 * preview; and a deploy that has the whole history.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import pkg from '../../package.json' with { type: 'json' };

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const read = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const ci = read('ci.yml');
const needs = (job: Job) => [job.needs ?? []].flat();

describe('the CI workflow', () => {
  it('runs on pull requests and pushes', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  });

  it('checks the content with annotations before anything else', () => {
    const { content } = ci.jobs;
    expect(needs(content)).toEqual([]);
    const runs = content.steps.map((s) => s.run).filter(Boolean);
    expect(runs.some((run) => /^npm run (--silent )?check:github\b/.test(run!))).toBe(true);
    expect(pkg.scripts['check:github']).toBe('tsx scripts/check-github.ts');
    // Nothing slow before the check: it is the first thing a contributor sees.
    expect(runs.slice(0, -1)).toEqual(['npm ci']);
  });

  it('comments on the pull request only when the token may write', () => {
    const { content } = ci.jobs;
    expect(content.permissions?.['pull-requests']).toBe('write');
    const comment = content.steps.find((s) => s.uses?.startsWith('actions/github-script@'));
    expect(comment?.if).toContain("github.event_name == 'pull_request'");
    expect(comment?.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
  });

  it('runs the full tests only after the content check', () => {
    const { test } = ci.jobs;
    expect(needs(test)).toContain('content');
    expect(test.steps.map((s) => s.run)).toContain('npm test');
  });

  it('keeps the built site as an artifact to preview', () => {
    const job = Object.values(ci.jobs).find((j) =>
      j.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@') && /^dist\/?$/.test(String(s.with?.path))),
    );
    expect(job).toBeDefined();
    expect(needs(job!)).toContain('content');
    expect(job!.steps.map((s) => s.run)).toContain('npm run build');
  });
});

describe('the deploy workflow', () => {
  it('fetches the whole history', () => {
    const checkout = read('deploy.yml').jobs.build.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
  });
});

describe('the release workflow', () => {
  const release = read('release.yml');
  const steps = release.jobs.data.steps;

  it('runs when a release is published, on the whole history', () => {
    expect(release.on).toHaveProperty('release');
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
  });

  it('refuses a tag that is not the version of CITATION.cff, then attaches the data archive and its checksums', () => {
    const runs = steps.map((s) => s.run ?? '');
    const check = runs.findIndex((r) => r.includes('CITATION.cff') && r.includes('GITHUB_REF_NAME'));
    const upload = runs.findIndex((r) => r.includes('gh release upload'));
    expect(check).toBeGreaterThan(-1);
    expect(upload).toBeGreaterThan(check);
    expect(runs[upload]).toContain('dist/data/codev-atlas-data.zip');
    expect(runs[upload]).toContain('dist/data/SHA256SUMS');
    expect(
      release.jobs.data.permissions ?? (release as unknown as { permissions: Record<string, string> }).permissions,
    ).toEqual({
      contents: 'write',
    });
  });
});
