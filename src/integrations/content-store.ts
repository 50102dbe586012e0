/**
 * Lets the static build read Astro's content store as JSON when it renders.
 * Astro bundles the store (every entry, with the rendered HTML of the
 * Markdown texts) as one JavaScript module holding the whole store as a
 * string literal. With thousands of cases that literal is hundreds of
 * megabytes, and V8 takes minutes to compile it (37 s at 3,000 cases, growing
 * faster than the content), while `JSON.parse` reads the same file in about a
 * second. In `astro build` only, that module is replaced by one that reads the
 * store file Astro has just written; if Astro ever writes the module
 * differently, it is left as it is.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Astro's virtual module of the content store, and the start of the code it generates for it. */
const STORE_MODULE = '\0astro:data-layer-content';
const STORE_CODE = 'export default JSON.parse(';

/** The module that reads the store file at run time, when Astro's module is the expected one. */
export function storeModule(code: string, id: string, file: string): string | undefined {
  if (id !== STORE_MODULE || !code.startsWith(STORE_CODE) || !existsSync(file)) return undefined;
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export function contentStore(): AstroIntegration {
  return {
    name: 'codev-atlas:content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        const plugin: Plugin = {
          name: 'codev-atlas:content-store-as-json',
          transform(code, id) {
            const replaced = storeModule(code, id, file);
            return replaced === undefined ? undefined : { code: replaced, map: null };
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
