import { z } from 'zod'
import { toKebab } from '../engine/errors.ts'

/** What a face needs to know of one input field to offer it as a flag or action input. */
export interface SchemaField {
  key: string
  flag: string
  kind: 'boolean' | 'number' | 'string' | 'enum' | 'array' | 'json'
  /** Element kind for arrays. */
  element?: 'number' | 'string' | 'enum' | 'json'
  values?: readonly string[]
  required: boolean
  default?: unknown
  description: string
}

/** The fields of an op's input schema (a z.object), in declaration order. */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  if (!(schema instanceof z.ZodObject)) return []
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => describeField(key, field))
}

function describeField(key: string, field: z.ZodType): SchemaField {
  let cur: z.ZodType = field
  let required = true
  let def: unknown
  let description = field.description ?? ''
  for (;;) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable) required = false
    else if (cur instanceof z.ZodDefault || cur instanceof z.ZodPrefault) {
      required = false
      const raw: unknown = (cur.def as { defaultValue: unknown }).defaultValue
      def = typeof raw === 'function' ? (raw as () => unknown)() : raw
    } else break
    cur = (cur as z.ZodOptional<z.ZodType>).unwrap()
    description ||= cur.description ?? ''
  }
  const base = { key, flag: toKebab(key), required, default: def, description }
  if (cur instanceof z.ZodBoolean) return { ...base, kind: 'boolean' }
  if (cur instanceof z.ZodNumber) return { ...base, kind: 'number' }
  if (cur instanceof z.ZodEnum) return { ...base, kind: 'enum', values: cur.options.map(String) }
  if (cur instanceof z.ZodLiteral) return { ...base, kind: 'enum', values: [...cur.values].map(String) }
  if (cur instanceof z.ZodArray) {
    const el = cur.element as z.ZodType
    const element =
      el instanceof z.ZodNumber
        ? 'number'
        : el instanceof z.ZodEnum
          ? 'enum'
          : el instanceof z.ZodString
            ? 'string'
            : 'json'
    return { ...base, kind: 'array', element, values: el instanceof z.ZodEnum ? el.options.map(String) : undefined }
  }
  if (cur instanceof z.ZodString) return { ...base, kind: 'string' }
  return { ...base, kind: 'json' }
}
