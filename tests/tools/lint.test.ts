/**
 * The project's ESLint configuration reaches the scripts of components: the
 * Astro plugin cuts each `<script>` of a `.astro` file out as a block of its
 * own, and a block that cannot be parsed is dropped without a word, so a
 * configuration that fails on blocks lints none of them.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const COMPONENT = `---
const label: string = 'Garder';
---
<button type="button">{label}</button>
<script>
  const kept: any = localStorage.getItem('kept');
  console.log(kept);
</script>
`;

describe('ESLint', () => {
  it('checks the script of a component, and names its line in the component', async () => {
    const [result] = await new ESLint().lintText(COMPONENT, { filePath: 'src/components/LintProbe.astro' });
    expect(result.fatalErrorCount).toBe(0);
    expect(result.messages.map((m) => `${m.line}: ${m.ruleId}`)).toEqual(['6: @typescript-eslint/no-explicit-any']);
  });
});
