import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { ConfigError, type ConfigIssue } from './config-error.ts'
import { deepMerge } from './deep-merge.ts'
import { didYouMean } from './did-you-mean.ts'
import { odaConfigSchema, type OdaConfig } from './schema.ts'
import { schemaKeysAt } from './schema-keys-at.ts'

/** Where a repository keeps its oda config, relative to its root. */
export const CONFIG_PATHS = ['.github/oda.yml', '.github/oda.yaml'] as const

export interface LoadedConfig {
  config: OdaConfig
  /** Files read, child first (the repo's own file, then what it extends). */
  files: string[]
}

/** One config file, parsed with positions (a link of an `_extends` chain). */
export interface ParsedFile {
  file: string
  doc: Document.Parsed
  lines: LineCounter
  value: unknown
}

/**
 * Loads and validates the config of the repository at `dir` (defaults when it has none).
 * Every problem is reported with file, line and column; throws ConfigError.
 */
export function loadRepoConfig(dir: string, options: ConfigCheckOptions = {}): LoadedConfig {
  const file = CONFIG_PATHS.map((p) => join(dir, p)).find((p) => existsSync(p))
  if (file === undefined) return { config: odaConfigSchema.parse({}), files: [] }
  return loadConfigFile(file, dir, options)
}

/** Facts the schema cannot know, checked after it: the names of the ops that exist. */
export interface ConfigCheckOptions {
  /** Op names `policy.permissions` may name; a typo there would silently leave an op unguarded. */
  knownOps?: readonly string[]
}

/** Loads one config file, following `_extends` (local paths) and validating the merge. */
export function loadConfigFile(
  file: string,
  displayRoot: string = process.cwd(),
  options: ConfigCheckOptions = {},
): LoadedConfig {
  const chain: ParsedFile[] = []
  let next: string | undefined = resolve(file)
  while (next !== undefined) {
    if (chain.some((c) => c.file === next)) {
      const first = chain[0]!
      throw new ConfigError([
        {
          file: show(first.file, displayRoot),
          line: 1,
          column: 1,
          path: '_extends',
          message: `_extends cycle: ${[...chain.map((c) => show(c.file, displayRoot)), show(next, displayRoot)].join(' -> ')}`,
        },
      ])
    }
    const parsed = parseFile(next, displayRoot)
    chain.push(parsed)
    const ext = isRecord(parsed.value) ? parsed.value['_extends'] : undefined
    if (ext === undefined) next = undefined
    else if (typeof ext !== 'string')
      throw new ConfigError([
        issueAt(parsed, ['_extends'], 'expected a path (string) to the config to inherit from', displayRoot),
      ])
    else {
      const target = resolve(dirname(parsed.file), ext)
      if (!existsSync(target))
        throw new ConfigError([
          issueAt(
            parsed,
            ['_extends'],
            `extends ${ext}, which does not exist (looked for ${show(target, displayRoot)})`,
            displayRoot,
          ),
        ])
      next = target
    }
  }
  return validateConfigChain(chain, displayRoot, options)
}

/**
 * Merges a resolved `_extends` chain (the repo's own file first) and validates the result.
 * Problems are reported at their line in the file that sets them. Throws ConfigError.
 */
export function validateConfigChain(
  chain: readonly ParsedFile[],
  displayRoot = '',
  options: ConfigCheckOptions = {},
): LoadedConfig {
  // Merge from the root ancestor down to the repo's file.
  let merged: unknown = {}
  for (const c of [...chain].reverse()) merged = deepMerge(merged, stripExtends(c.value))
  const result = odaConfigSchema.safeParse(merged, { reportInput: true })
  if (!result.success)
    throw new ConfigError(
      result.error.issues
        .flatMap((i) => toIssues(i, chain, displayRoot))
        .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column),
    )
  const known = options.knownOps
  if (known) {
    const unknown = Object.keys(result.data.policy.permissions).filter((name) => !known.includes(name))
    if (unknown.length > 0) {
      throw new ConfigError(
        unknown.map((name) => {
          const path = ['policy', 'permissions', name]
          const hint = didYouMean(name, known)
          return issueAt(
            ownerOf(chain, path),
            path,
            `no operation is called "${name}"${hint ? `; did you mean "${hint}"?` : ''} (operations: ${known.join(', ')})`,
            displayRoot,
            true,
          )
        }),
      )
    }
  }
  return { config: result.data, files: chain.map((c) => c.file) }
}

function parseFile(file: string, displayRoot: string): ParsedFile {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(
      [
        {
          file: show(file, displayRoot),
          line: 1,
          column: 1,
          path: '',
          message: `cannot read: ${(error as Error).message}`,
        },
      ],
      { cause: error },
    )
  }
  return parseConfigText(file, text, show(file, displayRoot))
}

/** Parses one config file's text; YAML errors and a non-mapping top level throw ConfigError at their position. */
export function parseConfigText(file: string, text: string, shownAs: string = file): ParsedFile {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0])
        return {
          file: shownAs,
          line: pos.line,
          column: pos.col,
          path: '',
          message: `YAML syntax: ${e.message.split('\n')[0]}`,
        }
      }),
    )
  }
  const value: unknown = doc.toJS() ?? {}
  if (!isRecord(value))
    throw new ConfigError([
      {
        file: shownAs,
        line: 1,
        column: 1,
        path: '',
        message: 'expected a mapping of sections (spec-kit:, manifest:, ...) at the top level',
      },
    ])
  return { file, doc, lines, value }
}

function toIssues(issue: z.core.$ZodIssue, chain: readonly ParsedFile[], displayRoot: string): ConfigIssue[] {
  if (issue.code === 'unrecognized_keys') {
    const known = schemaKeysAt(odaConfigSchema, issue.path)
    return issue.keys.map((key) => {
      const hint = didYouMean(key, known)
      const message = `unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ''} (expected one of: ${known.join(', ')})`
      return issueAt(ownerOf(chain, [...issue.path, key]), [...issue.path, key], message, displayRoot, true)
    })
  }
  const path = issue.path
  return [issueAt(ownerOf(chain, path), path, describe(issue), displayRoot)]
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type')
    return `expected ${issue.expected}, got ${issue.input === undefined ? 'nothing' : typeName(issue.input)}`
  if (issue.code === 'invalid_value')
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(issue.input)}`
  return issue.message
}

function typeName(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  return `${typeof v} ${JSON.stringify(v)}`
}

/** The file of the chain that defines `path` (the child wins, as in the merge). */
function ownerOf(chain: readonly ParsedFile[], path: readonly PropertyKey[]): ParsedFile {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth)
    const owner = chain.find((c) => prefix.length === 0 || c.doc.hasIn(prefix.map(String)))
    if (owner && prefix.length > 0) return owner
  }
  return chain[0]!
}

/** A ConfigIssue at the key or value `path` of a parsed file (or its deepest existing ancestor). */
export function issueAt(
  f: ParsedFile,
  path: readonly PropertyKey[],
  message: string,
  displayRoot = '',
  atKey = false,
): ConfigIssue {
  const offset = locate(f.doc, path, atKey)
  const pos = f.lines.linePos(offset)
  return { file: show(f.file, displayRoot), line: pos.line, column: pos.col, path: path.map(String).join('.'), message }
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

function stripExtends(v: unknown): unknown {
  if (!isRecord(v)) return v
  const { _extends: _ignored, ...rest } = v
  return rest
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function show(file: string, root: string): string {
  if (root === '') return file
  const rel = relative(root, file)
  return rel.startsWith('..') ? file : rel
}
