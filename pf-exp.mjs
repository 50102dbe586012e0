import * as pagefind from 'pagefind';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const site = '/tmp/g10000/dist/', lang = 'fr', mode = process.argv[2];
const t0 = performance.now();
const { index } = await pagefind.createIndex({});
let n = 0, read = 0;
if (mode === 'dir') {
  const added = await index.addDirectory({ path: site, glob: `${lang}/**/*.html` });
  n = added.page_count;
} else {
  const files = readdirSync(join(site, lang), { recursive: true }).filter((f) => f.endsWith('.html'));
  const pending = [];
  for (const f of files) {
    const content = readFileSync(join(site, lang, f), 'utf8'); read++;
    if (!content.includes('data-pagefind-body')) continue;
    pending.push(index.addHTMLFile({ sourcePath: `${lang}/${f}`, content }));
    n++;
    if (pending.length >= 64) { await Promise.all(pending); pending.length = 0; }
  }
  await Promise.all(pending);
}
const t1 = performance.now();
await index.writeFiles({ outputPath: `/tmp/pf-${mode}` });
const t2 = performance.now();
console.log(mode, 'read', read, 'indexed', n, 'add s', ((t1 - t0) / 1000).toFixed(1), 'write s', ((t2 - t1) / 1000).toFixed(1));
await pagefind.close();
