import { createReadStream } from 'node:fs'
import type { OdooLogParserOptions } from './odoo-log-parser.ts'
import type { ParsedOdooLog } from './odoo-log-types.ts'
import { OdooLogParser } from './odoo-log-parser.ts'
import { LineSplitter } from './line-splitter.ts'
import { RawLineSplitter } from './raw-line-splitter.ts'
import { stripAnsi } from './strip-ansi.ts'

/** Parses a log held in memory (tests, small logs). */
export function parseOdooLogText(text: string, options?: OdooLogParserOptions): ParsedOdooLog {
  const parser = new OdooLogParser(options)
  const splitter = new LineSplitter((line) => parser.pushLine(stripAnsi(line)))
  splitter.push(text)
  splitter.end()
  return parser.end()
}

/** Parses a log from a stream in constant memory (apart from the tests it keeps). */
export async function parseOdooLogStream(
  stream: AsyncIterable<string | Uint8Array>,
  options?: OdooLogParserOptions,
): Promise<ParsedOdooLog> {
  const parser = new OdooLogParser(options)
  // Lines are pushed synchronously per chunk: an await per line would cost more than parsing it.
  // Bytes go through the raw splitter, which lets the parser skip decoding the lines it ignores.
  const text = new LineSplitter((line) => parser.pushLine(stripAnsi(line)))
  const raw = new RawLineSplitter((buf, start, end) => parser.pushRawLine(buf, start, end))
  for await (const chunk of stream) {
    if (typeof chunk === 'string') text.push(chunk)
    else raw.push(chunk)
  }
  text.end()
  raw.end()
  return parser.end()
}

/** Parses a log file, streaming it from disk. */
export function parseOdooLogFile(path: string, options?: OdooLogParserOptions): Promise<ParsedOdooLog> {
  return parseOdooLogStream(createReadStream(path, { highWaterMark: 256 * 1024 }), options)
}
