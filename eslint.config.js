// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', 'tests/vendor/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...eslintPluginAstro.configs.recommended,
  // A test's waits in the browser poll every 100 ms: `waitForFunction`'s third argument is `POLL`
  // (tests/helpers/browser.ts) or an object that starts with `...POLL`. As the second argument, it
  // would be the condition's argument and the wait would poll at each animation frame.
  {
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='waitForFunction']:not([arguments.2.name='POLL']):not([arguments.2.properties.0.argument.name='POLL'])",
          message: 'Pass POLL from tests/helpers/browser.ts as the third argument, or { ...POLL, timeout }.',
        },
      ],
    },
  },
  // Without type information: components, plain JavaScript, and the scripts of components
  // (`Name.astro/1.ts`, the blocks the Astro plugin cuts out of each `<script>`). TypeScript's
  // project knows no such file, so a type-aware parse of a script stopped at a parsing error that
  // the plugin dropped: its rules never ran. `astro check` type-checks those scripts.
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
