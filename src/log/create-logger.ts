import { pino, type Logger } from 'pino'
import { Writable } from 'node:stream'
import type { Redactor } from './redactor.ts'

export interface CreateLoggerOptions {
  redactor: Redactor
  level?: string
  /** Where lines go (default: stderr, so stdout stays clean for --format json). */
  write?: (line: string) => void
  /** Fields on every line. */
  base?: Record<string, unknown>
}

/**
 * A pino logger whose every serialized line passes through the redactor before it is
 * written: the one place log output leaves the process.
 */
export function createLogger(options: CreateLoggerOptions): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(line))
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      write(options.redactor.redact(typeof chunk === 'string' ? chunk : chunk.toString('utf8')))
      cb()
    },
  })
  return pino(
    { level: options.level ?? 'info', base: options.base ?? null, timestamp: pino.stdTimeFunctions.isoTime },
    stream,
  )
}
