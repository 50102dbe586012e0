/** The published entries of the real content, read straight from the files. */
import { existsSync } from 'node:fs';
import { factsFile, filesIn, readFacts, textFileName, walk } from '../../src/lib/model/layout';
import { splitFields } from '../../src/schemas/entry-fields';
import { LISTED_STATUSES } from '../../src/schemas/common';

export { LANGS } from '../../src/schemas/common';

export interface Entry {
  slug: string;
  status: string;
  kind?: string;
  langs: string[];
  facts: Record<string, unknown>;
}

function entries(collection: 'cases' | 'practices', content = 'content'): Entry[] {
  return walk(content, collection)
    .filter(({ path }) => existsSync(factsFile(collection, path)))
    .map(({ slug, path }) => {
      const facts = splitFields(collection, readFacts(factsFile(collection, path), { datesAsText: true })).facts;
      const langs = filesIn(path)
        .flatMap((name) => textFileName(name)?.lang ?? [])
        .sort();
      return { slug, status: String(facts.status), kind: facts.kind as string | undefined, langs, facts };
    });
}

const visible = (e: Entry) => (LISTED_STATUSES as readonly string[]).includes(e.status);
export const publishedCases = (content?: string) => entries('cases', content).filter(visible);
export const publishedPractices = (content?: string) => entries('practices', content).filter(visible);
