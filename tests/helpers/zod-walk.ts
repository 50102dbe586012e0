/** Every field of a zod schema, with its dotted path (`*` for the items of a list), for tests that look at each one. */
import type { z } from 'astro/zod';

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
