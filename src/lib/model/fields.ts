/**
 * The fields of a content schema, found by walking the zod schema: each with
 * its dotted path (`*` for the items of a list) and its description (zod
 * metadata), so that the JSON Schemas, the scaffold's comments and the tests
 * all read the one text written beside each field in `src/schemas/`.
 */
import { z } from 'astro/zod';

export interface FieldFound {
  path: string;
  schema: z.ZodType;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  in?: z.ZodType;
  out?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The schemas a field's value goes through, from the field itself down to the
 * leaf (wrappers such as optional, default and preprocess included).
 */
export function layers(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
  return [schema, ...(inner ? layers(inner) : [])];
}

/** Every field of an object schema (objects in lists and in the options of a union included), parents before children. */
export function fieldsOf(schema: z.ZodType, prefix = ''): FieldFound[] {
  const def = defOf(schema);
  if (def.type === 'object' && def.shape)
    return Object.entries(def.shape).flatMap(([key, field]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [{ path, schema: field }, ...fieldsOf(field, path)];
    });
  if (def.type === 'array' && def.element) return fieldsOf(def.element, `${prefix}.*`);
  if (def.type === 'union' && def.options) {
    const seen = new Set<string>();
    return def.options
      .flatMap((option) => fieldsOf(option, prefix))
      .filter((f) => !seen.has(f.path) && seen.add(f.path));
  }
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  return inner ? fieldsOf(inner, prefix) : [];
}

/** Whether `schema` is `target` or made from it (`target.optional()`, `z.array(target)`, `target.meta(…)`). */
export function isMadeFrom(schema: z.ZodType, target: z.ZodType): boolean {
  return layers(schema).some((layer) => {
    for (let s: z.ZodType | undefined = layer; s; s = (s as unknown as { _zod: { parent?: z.ZodType } })._zod.parent)
      if (s === target) return true;
    const def = defOf(layer);
    return def.type === 'array' && def.element !== undefined && isMadeFrom(def.element, target);
  });
}

/** A field of `schema` by its dotted path (`financing.contributions.*.share`). */
export function fieldAt(schema: z.ZodType, path: string): z.ZodType | undefined {
  return fieldsOf(schema).find((field) => field.path === path)?.schema;
}

/** The values a field accepts, when it is a choice among a few (an enum). */
export function choicesOf(field: z.ZodType): string[] | undefined {
  for (const layer of layers(field)) {
    const def = defOf(layer);
    if (def.type === 'enum' && def.entries) return Object.values(def.entries);
  }
  return undefined;
}

/**
 * What a field means to an editor: its description, followed by its choices
 * when it has some. Throws for a field without description, so that a
 * scaffold or schema that names one fails its tests rather than ships without.
 */
export function describeField(schema: z.ZodType, path: string): string {
  const field = fieldAt(schema, path);
  const description = field && z.globalRegistry.get(field)?.description;
  if (!field || !description) throw new Error(`no description for the field "${path}"`);
  const choices = choicesOf(field);
  return choices ? `${description.replace(/\.$/, '')}: ${choices.join(', ')}.` : description;
}
