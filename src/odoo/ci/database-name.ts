/**
 * A PostgreSQL database name for one run: the prefix, the run id made safe, and a short
 * random suffix so reruns of the same run id never meet an old database. At most 63 bytes.
 */
export function databaseName(prefix: string, runId: string, random: () => number = Math.random): string {
  const id = runId
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
  const suffix = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')
  return `${prefix}${id}`.slice(0, 63 - suffix.length - 1) + `_${suffix}`
}
