import { createReadStream } from 'node:fs'
import type { OdooLogParserOptions } from './odoo-log-parser.ts'
import type { ParsedOdooLog } from './odoo-log-types.ts'
import { OdooLogParser } from './odoo-log-parser.ts'
import { readLines } from './read-lines.ts'
import { stripAnsi } from './strip-ansi.ts'

/** Parses a log held in memory (tests, small logs). */
export function parseOdooLogText(text: string, options?: OdooLogParserOptions): ParsedOdooLog {
  const parser = new OdooLogParser(options)
  let start = 0
  while (start <= text.length) {
    let nl = text.indexOf('\n', start)
    if (nl < 0) nl = text.length
    const line = text.slice(start, nl)
    if (nl < text.length || line.length > 0) parser.pushLine(stripAnsi(line.endsWith('\r') ? line.slice(0, -1) : line))
    start = nl + 1
  }
  return parser.end()
}

/** Parses a log from a stream in constant memory (apart from the tests it keeps). */
export async function parseOdooLogStream(stream: AsyncIterable<string | Uint8Array>, options?: OdooLogParserOptions): Promise<ParsedOdooLog> {
  const parser = new OdooLogParser(options)
  for await (const line of readLines(stream)) parser.pushLine(stripAnsi(line))
  return parser.end()
}

/** Parses a log file, streaming it from disk. */
export function parseOdooLogFile(path: string, options?: OdooLogParserOptions): Promise<ParsedOdooLog> {
  return parseOdooLogStream(createReadStream(path, { highWaterMark: 1024 * 1024 }), options)
}
