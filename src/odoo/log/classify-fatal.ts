import type { FatalError } from './odoo-log-types.ts'
import { lastFrameUnder, parseTraceback } from './parse-traceback.ts'

/** What the record that reported the registry failure carried. */
export interface FatalRecord {
  message: string
  lines: readonly string[]
  logLine: number
  /** Module Odoo was loading when it failed (`Loading module X`). */
  loadingModule?: string
}

// `while parsing <file>:<line>` ends the line for view errors and is followed by `, somewhere inside` for record errors.
const PARSE_ERROR = /ParseError: while parsing (.+?):(\d+)(?:, somewhere inside)?\s*$/
const MISSING_DEP = /You try to install module '([^']+)' that depends on module '([^']+)'/
const IMPORT_ERROR = /^(ModuleNotFoundError|ImportError): (.*)$/
const INVALID_MANIFEST = /^ValueError: Module (\S+): invalid manifest/

/**
 * Turns a registry failure record (`Failed to load registry`, `Failed to initialize database`)
 * into one clear cause with the file and line Odoo names, or undefined when it has no traceback.
 */
export function classifyFatal(rec: FatalRecord): FatalError | undefined {
  const blocks = parseTraceback(rec.lines)
  const last = blocks[blocks.length - 1]
  if (!last) return undefined
  const base = { logLine: rec.logLine, traceback: capText(rec.lines.join('\n').trimEnd()) }
  const exceptionLines = last.exception.split('\n')
  const head = exceptionLines[0] ?? ''

  const parse = PARSE_ERROR.exec(head)
  if (parse) {
    const detail = exceptionLines
      .slice(1)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('Error while parsing'))
    const cut = detail.findIndex((l) => l.startsWith('View error context'))
    const why = (cut >= 0 ? detail.slice(0, cut) : detail).slice(0, 3).join(' ')
    const file = parse[1]!
    // A record error chains the real cause (`External ID not found...`) before the ParseError.
    const cause = blocks.length > 1 ? blocks[0]!.exception.split('\n')[0] : undefined
    const text = [why, cause && `caused by ${cause}`].filter(Boolean).join('; ')
    return {
      ...base,
      kind: 'xml_parse_error',
      file,
      line: Number(parse[2]),
      module: moduleOfPath(file) ?? rec.loadingModule,
      message: `XML error in ${file}:${parse[2]}${text ? `: ${text}` : ''}`,
    }
  }
  const missing = MISSING_DEP.exec(last.exception)
  if (missing) {
    return {
      ...base,
      kind: 'missing_dependency',
      module: missing[1]!,
      dependency: missing[2]!,
      message: `module '${missing[1]}' depends on '${missing[2]}', which is not available in the addons path`,
    }
  }
  const imp = IMPORT_ERROR.exec(head)
  if (imp) {
    // The failing import is the deepest frame inside the addon being loaded (a library may fail further down).
    const frame =
      (rec.loadingModule ? lastFrameUnder(last.frames, `/${rec.loadingModule}/`) : undefined) ??
      last.frames[last.frames.length - 1]
    return {
      ...base,
      kind: 'import_error',
      file: frame?.file,
      line: frame?.line,
      module: rec.loadingModule ?? (frame ? moduleOfPath(frame.file) : undefined),
      message: `${imp[1]}: ${imp[2]}`,
    }
  }
  const manifest = INVALID_MANIFEST.exec(head)
  if (manifest) {
    // The cause (`Invalid version '17.0.1.0.0'...`) is the first block of the chain.
    const cause = blocks.length > 1 ? blocks[0]!.exception.split('\n')[0] : undefined
    return {
      ...base,
      kind: 'invalid_manifest',
      module: manifest[1]!,
      message: `module '${manifest[1]}' has an invalid manifest${cause ? `: ${cause.replace(/^ValueError: /, '')}` : ''}`,
    }
  }
  return { ...base, kind: 'registry_failure', module: rec.loadingModule, message: head || rec.message }
}

/** The addon a container path belongs to: the folder above `views/`, `tests/`, `__init__.py`... */
export function moduleOfPath(file: string): string | undefined {
  const m =
    /\/([A-Za-z0-9_]+)\/(?:__init__\.py|__manifest__\.py|(?:views|data|security|report|wizard|wizards|models|tests|demo|static|controllers|templates)\/)/.exec(
      file,
    )
  return m?.[1]
}

const TRACEBACK_MAX = 8000

/** Caps traceback text so one pathological record cannot blow up a report. */
export function capText(text: string, max = TRACEBACK_MAX): string {
  return text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text
}
