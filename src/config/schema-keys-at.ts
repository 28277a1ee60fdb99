import { z } from 'zod'

/** Keys the schema allows at `path` (for "did you mean" on unknown keys). */
export function schemaKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema)
  for (const seg of path) {
    if (current instanceof z.ZodObject) current = unwrap(current.shape[String(seg)] as z.ZodType | undefined)
    else if (current instanceof z.ZodRecord) current = unwrap(current.valueType as z.ZodType)
    else if (current instanceof z.ZodArray) current = unwrap(current.element as z.ZodType)
    else return []
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : []
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s
  // Defaults, optionals and prefaults wrap the real shape; peel them off.
  while (
    cur instanceof z.ZodDefault ||
    cur instanceof z.ZodOptional ||
    cur instanceof z.ZodPrefault ||
    cur instanceof z.ZodNullable
  ) {
    cur = cur.unwrap() as z.ZodType
  }
  return cur
}
