/**
 * The guesses the check and the tools make when an editor types a value, a
 * field or a flag that does not exist, and what the tools say of a flag
 * Node's `parseArgs` refuses.
 */
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { argsProblem } from '../../scripts/lib/tool-args';
import { didYouMean } from '../../src/lib/editors/did-you-mean';

describe('didYouMean', () => {
  const themes = ['diaspora-engagement', 'education', 'water-sanitation', 'health'];

  it('names the value a letter wrong, missing or added away, whatever its case', () => {
    expect(didYouMean('diaspora-engagment', themes)).toBe('diaspora-engagement');
    expect(didYouMean('educaton', themes)).toBe('education');
    expect(didYouMean('healths', themes)).toBe('health');
    expect(didYouMean('km', ['FR', 'KM', 'MA'])).toBe('KM');
  });

  it('takes two swapped letters for the slip they are, before another value as far away', () => {
    // Levenshtein counts a swap as two changes: "ipea" is as far from "meea" as "meae" is.
    expect(didYouMean('meea', ['ipea', 'meae'])).toBe('meae');
  });

  it('names nothing when every value is too far off to be the one meant', () => {
    expect(didYouMean('agriculture', themes)).toBeUndefined();
    expect(didYouMean('xy', ['ab', 'cd'])).toBeUndefined();
    expect(didYouMean('', themes)).toBeUndefined();
    // Two swapped letters in a short word are still two changes too many there.
    expect(didYouMean('ba', ['ab'])).toBeUndefined();
  });
});

describe('argsProblem', () => {
  const options = { title: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
  const refusal = (args: string[], allowPositionals = false) => {
    try {
      parseArgs({ args, options, allowPositionals });
    } catch (error) {
      return error;
    }
    throw new Error(`parseArgs took ${args.join(' ')}`);
  };

  it('names an unknown flag and the flag meant, in English or French', () => {
    expect(argsProblem(refusal(['--titel', 'x']), Object.keys(options), 'en')).toBe(
      '--titel is not a flag of this command — did you mean --title?',
    );
    expect(argsProblem(refusal(['--colour']), Object.keys(options), 'fr')).toBe(
      '--colour n’est pas une option de cette commande',
    );
  });

  it('says that a flag needs a value, or takes none, and that a value is out of place', () => {
    expect(argsProblem(refusal(['--title']), Object.keys(options), 'en')).toBe(
      '--title needs a value: --title <value>',
    );
    expect(argsProblem(refusal(['--help=yes']), Object.keys(options), 'en')).toBe('--help takes no value');
    expect(argsProblem(refusal(['stray']), Object.keys(options), 'en')).toBe(
      '"stray" is not expected here: values follow their flag (--title "…")',
    );
  });

  it('leaves any other error to the tool', () => {
    expect(argsProblem(new Error('disk full'), Object.keys(options), 'en')).toBeUndefined();
  });
});
