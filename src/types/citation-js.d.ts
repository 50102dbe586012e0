/**
 * Type declarations for the parts of citation-js the atlas uses: the
 * packages ship JavaScript only. Kept to what `src/lib/cite/cite.ts` calls, so
 * that a change of API in an upgrade shows up as a type error there.
 * @see https://citation.js.org/api/0.7/
 */
declare module '@citation-js/core' {
  /** A CSL-JSON item, as citation-js reads and writes it. */
  export type CslData = Record<string, unknown>;

  export interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
  }

  /** A set of references, parsed from any supported input (CSL-JSON, BibTeX, RIS…). */
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: CslData[];
    format(format: string, options?: Record<string, unknown>): string;
  }

  export const plugins: {
    config: {
      get(name: '@csl'): { styles: Register<string>; locales: Register<string> };
      get(name: '@bibtex'): { format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean } };
    };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

declare module '@citation-js/name' {
  /** Splits a personal name written "Given Family" into CSL name parts. */
  export function parse(name: string): { given?: string; family?: string; 'non-dropping-particle'?: string };
}
