import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml'
import { ConfigError, type ConfigIssue } from './config-error.ts'
import { decodeUtf8 } from './decode-utf8.ts'

/** Alias expansions one file may make (the yaml package's own guard against "billion laughs"). */
export const MAX_YAML_ALIASES = 100

/** One config file, parsed with positions (a link of an `_extends` chain). */
export interface ParsedFile {
  /** The file's name in messages (`.github/oda.yml`, `acme/.github:.github/oda.yml`). */
  file: string
  doc: Document.Parsed
  lines: LineCounter
  value: Record<string, unknown>
}

/**
 * Parses one config file: strict UTF-8, YAML with unique keys and bounded alias expansion, a
 * mapping at the top level. Every problem throws ConfigError at its line and column.
 */
export function parseConfigFile(file: string, bytes: Uint8Array): ParsedFile {
  const decoded = decodeUtf8(bytes)
  if (!decoded.ok) {
    const { line, column } = bytePosition(bytes, decoded.offset)
    throw new ConfigError([
      { file, line, column, path: '', message: `not valid UTF-8 (byte ${decoded.offset}); save the file as UTF-8` },
    ])
  }
  const lines = new LineCounter()
  const doc = parseDocument(decoded.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number, message: string): ConfigIssue => {
    const pos = lines.linePos(offset)
    return { file, line: pos.line, column: pos.col, path: '', message }
  }
  if (doc.errors.length > 0)
    throw new ConfigError(doc.errors.map((e) => at(e.pos[0], `YAML syntax: ${e.message.split('\n')[0]}`)))
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {}
  } catch (error) {
    // The yaml package throws a ReferenceError, without a position, for an alias bomb and for
    // an alias used before its anchor.
    if (!(error instanceof ReferenceError)) throw error
    const alias = aliasAtFault(doc)
    const offset = alias?.range?.[0] ?? 0
    throw new ConfigError(
      [
        alias && !alias.anchored
          ? at(offset, `YAML alias *${alias.source} has no anchor &${alias.source} before it`)
          : at(
              offset,
              `YAML aliases expand past ${MAX_YAML_ALIASES} copies (a "billion laughs" document?); repeat the values instead`,
            ),
      ],
      { cause: error },
    )
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ConfigError([at(0, 'expected a mapping of sections (spec-kit:, manifest:, ...) at the top level')])
  return { file, doc, lines, value: value as Record<string, unknown> }
}

/** The first alias without an earlier anchor, else the first alias of the document. */
function aliasAtFault(doc: Document.Parsed): { source: string; anchored: boolean; range?: Node['range'] } | undefined {
  const anchors = new Set<string>()
  let first: { source: string; anchored: boolean; range?: Node['range'] } | undefined
  let unanchored: typeof first
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const entry = { source: node.source, anchored: anchors.has(node.source), range: node.range }
        first ??= entry
        if (!entry.anchored) {
          unanchored = entry
          return visit.BREAK
        }
      } else if (node.anchor) anchors.add(node.anchor)
      return undefined
    },
  })
  return unanchored ?? first
}

/** 1-based line and column (in characters) of byte `offset`. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) [line, start] = [line + 1, i + 1]
  return { line, column: new TextDecoder().decode(bytes.subarray(start, offset)).length + 1 }
}

/** A ConfigIssue at the key or value `path` of a parsed file (or its deepest existing ancestor). */
export function issueAt(f: ParsedFile, path: readonly PropertyKey[], message: string, atKey = false): ConfigIssue {
  const pos = f.lines.linePos(locate(f.doc, path, atKey))
  return { file: f.file, line: pos.line, column: pos.col, path: path.map(String).join('.'), message }
}

/** Offset of the value (or key) at `path`, or of the deepest existing ancestor. */
function locate(doc: Document.Parsed, path: readonly PropertyKey[], atKey: boolean): number {
  let node: unknown = doc.contents
  let offset = rangeStart(node) ?? 0
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break
    const items = (node as { items: unknown[] }).items
    const last = i === path.length - 1
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg))
      if (!pair) break
      offset = (last && atKey ? rangeStart(pair.key) : (rangeStart(pair.value) ?? rangeStart(pair.key))) ?? offset
      node = pair.value
    } else {
      const item = items[Number(seg)]
      if (item === undefined) break
      offset = rangeStart(item) ?? offset
      node = item
    }
  }
  return offset
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] }).range
    return range?.[0]
  }
  return undefined
}
