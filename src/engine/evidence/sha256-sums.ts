import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

/** Hex SHA-256 of bytes or text. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Hex SHA-256 of a file, streamed so a large artifact never sits in memory whole. */
export async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256')
  for await (const chunk of createReadStream(file)) h.update(chunk)
  return h.digest('hex')
}

/** `sha256sum`-compatible text (`<hex>  <path>` per line, sorted by path), checkable with `sha256sum -c`. */
export function formatSums(entries: ReadonlyMap<string, string>): string {
  return [...entries.keys()]
    .sort()
    .map((p) => `${entries.get(p)}  ${p}\n`)
    .join('')
}

const LINE = /^([0-9a-f]{64}) [ *](.+)$/

/** Parses SHA256SUMS (text or binary mode lines); each unreadable line is reported with its number. */
export function parseSums(text: string): { entries: Map<string, string>; errors: { line: number; message: string }[] } {
  const entries = new Map<string, string>()
  const errors: { line: number; message: string }[] = []
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  lines.forEach((raw, i) => {
    const m = LINE.exec(raw)
    const path = m?.[2]
    if (!m || path === undefined) {
      errors.push({
        line: i + 1,
        message: `expected "<64 lower-case hex>  <path>", got ${JSON.stringify(raw.slice(0, 80))}`,
      })
    } else if (path.startsWith('/') || path.split('/').some((s) => s === '..' || s === '.' || s === '')) {
      errors.push({
        line: i + 1,
        message: `path ${JSON.stringify(path)} must be relative to the pack, without . or .. segments`,
      })
    } else if (entries.has(path)) {
      errors.push({ line: i + 1, message: `path ${JSON.stringify(path)} is listed twice` })
    } else {
      entries.set(path, m[1] ?? '')
    }
  })
  return { entries, errors }
}
