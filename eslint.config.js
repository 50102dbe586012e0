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
  // Without type information: components, plain JavaScript, and the scripts of components
  // (`Name.astro/1.ts`, the blocks the Astro plugin cuts out of each `<script>`). TypeScript's
  // project knows no such file, so a type-aware parse of a script stopped at a parsing error that
  // the plugin dropped: its rules never ran. `astro check` type-checks those scripts.
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
