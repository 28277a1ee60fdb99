/** The header of one Odoo log record: `%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s: %(message)s `. */
export interface RecordHeader {
  /** The whole first line; its first 23 characters are the time (`2026-11-21 14:37:12,997`, server local time). */
  line: string
  level: string
  /** `?` before a database is selected. */
  db: string
  logger: string
  /** First line of the message, without the trailing space the format adds. */
  message: string
}

/** Where the fields of a record line are; filled in place so the hot path allocates nothing. */
export interface HeaderScan {
  /** Index of the space before the level. */
  p1: number
  /** Index of the space after the level. */
  p2: number
  /** Index of the space after the database name. */
  p3: number
  /** Index of the colon that ends the logger name. */
  colon: number
}

/**
 * Tells whether a line starts a record and where its fields are. Hand-written rather than
 * one regex: this runs on every line of logs that can reach gigabytes.
 */
export function scanRecordHeader(line: string, out: HeaderScan): boolean {
  // `YYYY-MM-DD HH:MM:SS,mmm ` is fixed width.
  if (
    line.length < 32 ||
    !isDigit(line.charCodeAt(0)) ||
    line.charCodeAt(4) !== 45 ||
    line.charCodeAt(7) !== 45 ||
    line.charCodeAt(10) !== 32 ||
    line.charCodeAt(13) !== 58 ||
    line.charCodeAt(16) !== 58 ||
    line.charCodeAt(19) !== 44 ||
    line.charCodeAt(23) !== 32 ||
    !isDigit(line.charCodeAt(24))
  )
    return false
  const p1 = line.indexOf(' ', 24)
  if (p1 < 0) return false
  const p2 = line.indexOf(' ', p1 + 1)
  if (p2 <= p1 + 1) return false
  for (let i = p1 + 1; i < p2; i++) {
    const c = line.charCodeAt(i)
    if ((c < 65 || c > 90) && c !== 95) return false
  }
  const p3 = line.indexOf(' ', p2 + 1)
  if (p3 < 0) return false
  // The logger name holds no space and ends with `: ` (or `:` at the very end of the line).
  const p4 = line.indexOf(' ', p3 + 1)
  const colon = p4 < 0 ? line.length - 1 : p4 - 1
  if (colon <= p3 + 1 || line.charCodeAt(colon) !== 58) return false
  out.p1 = p1
  out.p2 = p2
  out.p3 = p3
  out.colon = colon
  return true
}

/** Builds the header of a scanned record line. */
export function headerAt(line: string, s: HeaderScan): RecordHeader {
  let end = line.length
  // The format ends with ` %(perf_info)s`, so a record line ends in one space (more with empty perf info).
  while (end > s.colon + 2 && line.charCodeAt(end - 1) === 32) end--
  return {
    line,
    level: line.slice(s.p1 + 1, s.p2),
    db: line.slice(s.p2 + 1, s.p3),
    logger: line.slice(s.p3 + 1, s.colon),
    message: s.colon + 2 < end ? line.slice(s.colon + 2, end) : '',
  }
}

/** Parses a line that starts a record, or returns undefined for a continuation line (traceback, stray stdout). */
export function parseRecordHeader(line: string): RecordHeader | undefined {
  const s: HeaderScan = { p1: 0, p2: 0, p3: 0, colon: 0 }
  return scanRecordHeader(line, s) ? headerAt(line, s) : undefined
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

let cachedDay = ''
let cachedDayMs = 0

/** Milliseconds since the epoch for a record line's time, read as UTC (only differences matter). */
export function recordTimeMs(time: string): number {
  const day = time.slice(0, 10)
  if (day !== cachedDay) {
    cachedDay = day
    cachedDayMs = Date.UTC(Number(time.slice(0, 4)), Number(time.slice(5, 7)) - 1, Number(time.slice(8, 10)))
  }
  const d = (i: number): number => time.charCodeAt(i) - 48
  return (
    cachedDayMs +
    ((d(11) * 10 + d(12)) * 3600 + (d(14) * 10 + d(15)) * 60 + d(17) * 10 + d(18)) * 1000 +
    d(20) * 100 +
    d(21) * 10 +
    d(22)
  )
}

/**
 * `scanRecordHeader` on the bytes `buf[start, end)` of an undecoded line, with positions as
 * byte offsets. The header is ASCII, so this says the same as the text version for every line
 * whose date, level and logger are plain (a coloured level fails both).
 */
export function scanRecordHeaderBytes(buf: Buffer, start: number, end: number, out: HeaderScan): boolean {
  if (
    end - start < 32 ||
    !isDigit(buf[start]!) ||
    buf[start + 4] !== 45 ||
    buf[start + 7] !== 45 ||
    buf[start + 10] !== 32 ||
    buf[start + 13] !== 58 ||
    buf[start + 16] !== 58 ||
    buf[start + 19] !== 44 ||
    buf[start + 23] !== 32 ||
    !isDigit(buf[start + 24]!)
  )
    return false
  const p1 = indexOfByte(buf, 32, start + 24, end)
  if (p1 < 0) return false
  const p2 = indexOfByte(buf, 32, p1 + 1, end)
  if (p2 <= p1 + 1) return false
  for (let i = p1 + 1; i < p2; i++) {
    const c = buf[i]!
    if ((c < 65 || c > 90) && c !== 95) return false
  }
  const p3 = indexOfByte(buf, 32, p2 + 1, end)
  if (p3 < 0) return false
  const p4 = indexOfByte(buf, 32, p3 + 1, end)
  const colon = p4 < 0 ? end - 1 : p4 - 1
  if (colon <= p3 + 1 || buf[colon] !== 58) return false
  out.p1 = p1
  out.p2 = p2
  out.p3 = p3
  out.colon = colon
  return true
}

/** Index of byte `b` in `buf[from, to)`, or -1 (bounded: `Buffer.indexOf` would search past the line). */
export function indexOfByte(buf: Buffer, b: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (buf[i] === b) return i
  return -1
}
