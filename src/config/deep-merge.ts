/**
 * Merges an inheriting config over the one it extends: mappings merge key by key,
 * everything else (lists, scalars) is replaced by the child's value, and a child `null`
 * removes the inherited key so the schema default applies again.
 */
export function deepMerge(base: unknown, child: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(child)) return child === undefined ? base : child
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(child)) {
    if (value === null) delete out[key]
    else out[key] = key in base ? deepMerge(base[key], value) : value
  }
  return out
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
