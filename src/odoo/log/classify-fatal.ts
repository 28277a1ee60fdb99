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
const XML_HEADING = /^Error while (?:parsing|validating)\b.*:$/
const MISSING_MODULE = /^No module named '([^']+)'/
// Odoo 14-18 refuse `-i` when a manifest's external_dependencies are not met (UserError from ir.module.module).
const EXTERNAL_DEP =
  /Unable to (?:install|upgrade|process) module "([^"]+)" because an external dependency is not met: (.+)/
// The wording of the dependency part per series: 14-17, 18 (importlib.metadata), both for version pins, binaries.
const PYTHON_LIB = [
  /^Python library not installed: (\S+)/,
  /^External dependency (\S+) not installed/,
  /^External dependency version mismatch: (\S+)/,
  /^(\S+) is an invalid external dependency specification/,
]
const PROGRAM = /^Unable to find '?([^' ]+)'? in path/

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
    const file = parse[1]!
    const why = xmlCause(exceptionLines.slice(1))
    // A record error chains the real cause (`External ID not found...`) before the ParseError.
    const cause = blocks.length > 1 ? blocks[0]!.exception.split('\n')[0] : undefined
    // `somewhere inside` quotes the element being loaded: where in the file, when the line is the file's root.
    const element = parse[0].includes('somewhere inside')
      ? exceptionLines
          .slice(1)
          .find((l) => l.trim().startsWith('<'))
          ?.trim()
      : undefined
    const text = [why, cause && `caused by ${cause}`, element && `in ${capText(element, 200)}`]
      .filter(Boolean)
      .join('; ')
    return {
      ...base,
      kind: 'xml_parse_error',
      file,
      line: Number(parse[2]),
      module: moduleOfPath(file) ?? rec.loadingModule,
      message: `XML error in ${file}:${parse[2]}${text ? `: ${text}` : ''}`,
    }
  }
  const external = EXTERNAL_DEP.exec(last.exception)
  if (external) return { ...base, ...externalDependency(external[1]!, external[2]!.trim()) }
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
    const module = rec.loadingModule ?? (frame ? moduleOfPath(frame.file) : undefined)
    const missing = MISSING_MODULE.exec(imp[2]!)?.[1]
    // `No module named 'odoo.addons.x...'` is a file missing in an addon, not a library to install.
    if (missing && !missing.startsWith('odoo.') && missing !== 'odoo') {
      const library = missing.split('.')[0]!
      return {
        ...base,
        kind: 'missing_python_dependency',
        file: frame?.file,
        line: frame?.line,
        module,
        dependency: library,
        message: `${module ? `${module} imports` : 'an addon imports'} the Python module '${missing}', which is not installed (add the library that provides it to the environment and to the manifest's external_dependencies)`,
      }
    }
    return {
      ...base,
      kind: 'import_error',
      file: frame?.file,
      line: frame?.line,
      module,
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

/** A manifest `external_dependencies` entry Odoo found missing: the library (or program) and the addon. */
function externalDependency(module: string, detail: string): Omit<FatalError, 'logLine' | 'traceback'> {
  const program = PROGRAM.exec(detail)?.[1]
  if (program)
    return {
      kind: 'missing_program',
      module,
      dependency: program,
      message: `${module} needs the program '${program}' (manifest external_dependencies), which is not on PATH`,
    }
  const library = PYTHON_LIB.map((r) => r.exec(detail)?.[1]).find((l) => l !== undefined)
  return {
    kind: 'missing_python_dependency',
    module,
    dependency: library,
    message: !library
      ? `${module} has an external dependency that is not met: ${detail}`
      : /mismatch|invalid/.test(detail)
        ? `${module} needs the Python library '${library}' (manifest external_dependencies): ${detail}`
        : `${module} needs the Python library '${library}' (manifest external_dependencies), which is not installed`,
  }
}

/**
 * The decisive sentence of a ParseError (`Field "x" does not exist in model "y"`, `Element ... cannot
 * be located in parent view`): the first paragraph that is neither Odoo's heading, the XML excerpt
 * it quotes, nor the view error context.
 */
export function xmlCause(lines: readonly string[]): string {
  const cut = lines.findIndex((l) => l.trim().startsWith('View error context'))
  const paragraphs: string[][] = [[]]
  for (const raw of cut >= 0 ? lines.slice(0, cut) : lines) {
    const line = raw.trim()
    if (!line) {
      if (paragraphs.at(-1)!.length) paragraphs.push([])
      // Odoo's heading and the XML it quotes (`<form __validate__="1">`) are not the cause.
    } else if (!XML_HEADING.test(line) && !line.startsWith('<')) paragraphs.at(-1)!.push(line)
  }
  const cause = paragraphs.find((p) => p.length > 0)
  const text = (cause ?? []).join(' ')
  return text.length > 400 ? `${text.slice(0, 400)}…` : text
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
