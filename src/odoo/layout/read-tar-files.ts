/** A regular file of a tar archive: its path and its bytes. */
export interface TarFile {
  path: string
  bytes: Buffer
}

const BLOCK = 512

/**
 * The regular files of a ustar/pax archive as `git archive` writes it (a pax global header,
 * pax `path=` records for long names, ustar `prefix`). Links, folders and other entries are
 * left out: only plain bytes come back, never something that could point elsewhere.
 */
export function readTarFiles(archive: Buffer): TarFile[] {
  const files: TarFile[] = []
  let offset = 0
  let longPath: string | undefined
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK)
    if (header.every((b) => b === 0)) break
    const size = parseInt(field(header, 124, 12).trim() || '0', 8)
    const type = String.fromCharCode(header[156] ?? 0)
    const body = archive.subarray(offset + BLOCK, offset + BLOCK + size)
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK
    if (type === 'x') {
      longPath = paxPath(body) ?? longPath
      continue
    }
    if (type === 'g') continue
    const prefix = field(header, 345, 155)
    const name = longPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100))
    longPath = undefined
    if (type === '0' || type === '\0') files.push({ path: name, bytes: Buffer.from(body) })
  }
  return files
}

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8')
}

/** The `path` record of a pax extended header (`<len> path=<value>\n` records). */
function paxPath(body: Buffer): string | undefined {
  let i = 0
  let path: string | undefined
  while (i < body.length) {
    const space = body.indexOf(0x20, i)
    if (space < 0) break
    const length = parseInt(body.subarray(i, space).toString('ascii'), 10)
    if (!(length > 0)) break
    const record = body.subarray(space + 1, i + length - 1).toString('utf8')
    if (record.startsWith('path=')) path = record.slice('path='.length)
    i += length
  }
  return path
}
