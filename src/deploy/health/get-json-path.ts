/**
 * Reads a dotted path (`status`, `queue.pending`, `items.0.state`) from parsed JSON;
 * undefined when any segment is missing.
 */
export function getJsonPath(value: unknown, path: string): unknown {
  let current: unknown = value
  for (const segment of path.split('.').filter((s) => s.length > 0)) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)]
    else if (current !== null && typeof current === 'object' && Object.hasOwn(current, segment))
      current = (current as Record<string, unknown>)[segment]
    else return undefined
  }
  return current
}

/** Text form of a JSON value for comparison with a configured string (`true`, `3`, `pass`). */
export function jsonValueText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined')
}
