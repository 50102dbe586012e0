// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', 'tests/vendor/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...eslintPluginAstro.configs.recommended,
  // A test's waits in the browser poll every 100 ms (`POLL`, tests/helpers/browser.ts), given as
  // `waitForFunction`'s third argument: given as the second, it would be the condition's argument.
  {
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='waitForFunction'][arguments.length!=3]",
          message: 'Pass the options, with POLL from tests/helpers/browser.ts, as the third argument.',
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
