import type { FileHandle } from 'node:fs/promises'
import type { ScanSession } from '../../../secrets/scan-session.ts'
import type { ContentKind } from '../../../secrets/content-sniff.ts'
import { classifyContent, looksLikeLockfile, SNIFF_BYTES } from '../../../secrets/content-sniff.ts'

/** Bytes read per chunk in streaming mode. */
export const STREAM_CHUNK_BYTES = 4 * 1024 * 1024
/** Characters of the previous chunk scanned again with the next, so a key block cut in two is still seen whole. */
const OVERLAP_CHARS = 16 * 1024

const ENCODING: Record<Exclude<ContentKind, 'binary'>, string> = {
  text: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
}

/**
 * Scans one open regular file. Its first bytes decide how it is read (UTF-8, UTF-16, or not
 * at all when binary or a lockfile). Files up to `maxFileBytes` are read whole; larger ones
 * stream in chunks of whole lines, each scanned with the tail of the one before, so memory
 * stays bounded and nothing is left unread.
 */
export async function scanFile(f: {
  fh: FileHandle
  size: number
  path: string
  session: ScanSession
  maxFileBytes: number
}): Promise<'binary' | 'lockfile' | { streamed: boolean; utf16: boolean }> {
  const head = Buffer.alloc(Math.min(f.size, SNIFF_BYTES))
  const { bytesRead } = await f.fh.read(head, 0, head.length, 0)
  const kind = classifyContent(head.subarray(0, bytesRead))
  if (kind === 'binary') return 'binary'
  const utf16 = kind !== 'text'
  if (!utf16 && looksLikeLockfile(head.subarray(0, bytesRead).toString('utf8'))) return 'lockfile'
  const decoder = new TextDecoder(ENCODING[kind], { ignoreBOM: false })
  if (f.size <= f.maxFileBytes) {
    const buf = Buffer.allocUnsafe(f.size)
    let read = 0
    while (read < f.size) {
      const r = await f.fh.read(buf, read, f.size - read, read)
      if (r.bytesRead === 0) break
      read += r.bytesRead
    }
    f.session.scan({ path: f.path, text: decoder.decode(buf.subarray(0, read)) })
    return { streamed: false, utf16 }
  }
  await streamFile(f, decoder)
  return { streamed: true, utf16 }
}

async function streamFile(
  f: { fh: FileHandle; path: string; session: ScanSession },
  decoder: InstanceType<typeof TextDecoder>,
) {
  const buf = Buffer.allocUnsafe(STREAM_CHUNK_BYTES)
  let position = 0
  // `pending`: decoded text not yet scanned; `carry`: the scanned tail kept as context.
  let pending = ''
  let carry = ''
  let firstLine = 1
  for (;;) {
    const { bytesRead } = await f.fh.read(buf, 0, buf.length, position)
    position += bytesRead
    const done = bytesRead === 0
    pending += done ? decoder.decode() : decoder.decode(buf.subarray(0, bytesRead), { stream: true })
    if (!done && pending.length < STREAM_CHUNK_BYTES / 2) continue
    // Whole lines only, unless one line is longer than a chunk: then it is cut (and the cut
    // is covered by the overlap), so memory stays bounded whatever the line length.
    let cut = done ? pending.length : pending.lastIndexOf('\n') + 1
    if (cut === 0) cut = pending.length
    const chunk = pending.slice(0, cut)
    pending = pending.slice(cut)
    if (chunk.length > 0) {
      const carryLines = countLines(carry)
      f.session.scan({
        path: f.path,
        text: carry + chunk,
        firstLine: firstLine - carryLines,
        freshFrom: carryLines,
      })
      firstLine += countLines(chunk)
      carry = tailLines(chunk, OVERLAP_CHARS)
    }
    if (done) return
  }
}

/** Number of line breaks in `s`. */
function countLines(s: string): number {
  let n = 0
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++
  return n
}

/** The last whole lines of `s` within `max` characters ('' when the last line alone is longer). */
function tailLines(s: string, max: number): string {
  if (!s.endsWith('\n')) return ''
  const from = s.lastIndexOf('\n', s.length - 2) + 1
  if (s.length - from > max) return ''
  let start = from
  for (;;) {
    const prev = s.lastIndexOf('\n', start - 2) + 1
    if (start === 0 || s.length - prev > max) return s.slice(start)
    start = prev
  }
}
