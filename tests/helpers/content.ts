/** The published entries of the real content, read straight from the files. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TEXT_FILE } from '../../src/lib/model/paths';

export interface Entry {
  slug: string;
  status: string;
  kind?: string;
  langs: string[];
  facts: Record<string, unknown>;
}

function entries(folder: 'cases' | 'practices', content = 'content'): Entry[] {
  const dir = join(content, folder);
  const file = folder === 'cases' ? 'case.yaml' : 'practice.yaml';
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, file)))
    .sort()
    .map((slug) => {
      const facts = parse(readFileSync(join(dir, slug, file), 'utf8')) as Record<string, unknown>;
      const langs = readdirSync(join(dir, slug))
        .filter((n) => TEXT_FILE.test(n))
        .map((n) => n.slice(0, 2))
        .sort();
      return { slug, status: String(facts.status), kind: facts.kind as string | undefined, langs, facts };
    });
}

const visible = (e: Entry) => e.status === 'published' || e.status === 'reviewed';
export const publishedCases = (content?: string) => entries('cases', content).filter(visible);
export const publishedPractices = (content?: string) => entries('practices', content).filter(visible);
export const LANGS = ['fr', 'en', 'ar'] as const;
