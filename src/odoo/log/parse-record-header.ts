/** The header of one Odoo log record: `%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s: %(message)s `. */
export interface RecordHeader {
  /** `2026-11-21 14:37:12,997` as written (local time of the server). */
  time: string
  pid: number
  level: string
  /** `?` before a database is selected. */
  db: string
  logger: string
  /** First line of the message, without the trailing space the format adds. */
  message: string
}

const HEADER = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (\d+) ([A-Z_]+) (\S+) ([^\s:]+): ?(.*)$/

/**
 * Parses a line that starts a record, or returns undefined for a continuation line
 * (traceback, multi-line message, stray stdout). A cheap prefix test runs first because
 * most lines of a big log are looked at only once.
 */
export function parseRecordHeader(line: string): RecordHeader | undefined {
  // `YYYY-` : digit at 0, dash at 4.
  if (line.length < 30 || line.charCodeAt(4) !== 45 || line.charCodeAt(0) < 48 || line.charCodeAt(0) > 57) return undefined
  const m = HEADER.exec(line)
  if (!m) return undefined
  let message = m[6]!
  // The format ends with ` %(perf_info)s`, so a record line ends in one space (two with empty perf info).
  while (message.endsWith(' ')) message = message.slice(0, -1)
  return { time: m[1]!, pid: Number(m[2]), level: m[3]!, db: m[4]!, logger: m[5]!, message }
}

/** Milliseconds since the epoch for a record time, treating it as UTC (only differences matter). */
export function recordTimeMs(time: string): number {
  return Date.UTC(
    Number(time.slice(0, 4)),
    Number(time.slice(5, 7)) - 1,
    Number(time.slice(8, 10)),
    Number(time.slice(11, 13)),
    Number(time.slice(14, 16)),
    Number(time.slice(17, 19)),
    Number(time.slice(20, 23)),
  )
}
