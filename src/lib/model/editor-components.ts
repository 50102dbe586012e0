/**
 * The few components editors may use in the MDX of `content/`, and their
 * attributes. MDX there is prose: these are provided to every text without
 * an `import`, and the check (`src/lib/model/safe-mdx.ts`) refuses any other
 * component, HTML tag, attribute or JavaScript. The components themselves
 * are in `src/components/editor/`; CONTRIBUTING.md shows each in use.
 */

/** How an attribute's text is checked. */
export type AttributeRule = 'text' | 'url';

export interface EditorComponent {
  /** What it is for, as CONTRIBUTING.md says it. */
  purpose: string;
  /** Attribute names, each required or not, with the rule for its value. */
  attributes: Record<string, { required: boolean; rule: AttributeRule }>;
  /** Whether it wraps Markdown (`<Aside>…</Aside>`) or stands alone (`<KeyFigure … />`). */
  children: boolean;
  /** A correct use, shown in messages and in the guide. */
  example: string;
}

export const EDITOR_COMPONENTS = {
  Figure: {
    purpose: 'an image (a file next to the text) or a Markdown table, with a caption',
    attributes: { caption: { required: true, rule: 'text' }, credit: { required: false, rule: 'text' } },
    children: true,
    example: '<Figure caption="…" credit="…">\n\n![description of the image](./photo.jpg)\n\n</Figure>',
  },
  Quote: {
    purpose: 'a quotation from a source, with who said or wrote it',
    attributes: { source: { required: true, rule: 'text' }, url: { required: false, rule: 'url' } },
    children: true,
    example: '<Quote source="…" url="https://…">\n\nThe quoted words.\n\n</Quote>',
  },
  KeyFigure: {
    purpose: 'one figure to remember, shown large, with what it counts',
    attributes: { value: { required: true, rule: 'text' }, label: { required: true, rule: 'text' } },
    children: false,
    example: '<KeyFigure value="30 %" label="…" />',
  },
  Aside: {
    purpose: 'a side note, set apart from the main text',
    attributes: { title: { required: false, rule: 'text' } },
    children: true,
    example: '<Aside title="…">\n\nThe note.\n\n</Aside>',
  },
} as const satisfies Record<string, EditorComponent>;

export type EditorComponentName = keyof typeof EDITOR_COMPONENTS;

/** The names, in the order the guide lists them. */
export const EDITOR_COMPONENT_NAMES = Object.keys(EDITOR_COMPONENTS) as EditorComponentName[];

export function isEditorComponent(name: string): name is EditorComponentName {
  return Object.hasOwn(EDITOR_COMPONENTS, name);
}
