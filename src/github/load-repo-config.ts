import { isMap, isScalar, LineCounter, parseDocument } from 'yaml'
import type { Document } from 'yaml'
import { ConfigError } from '../config/config-error.ts'
import type { ConfigIssue } from '../config/config-error.ts'
import { deepMerge } from '../config/deep-merge.ts'
import type { OdaConfig } from '../config/schema.ts'
import { odaConfigSchema } from '../config/schema.ts'
import { readRepoFile } from './read-repo-file.ts'
import type { CheckRunClient } from './write-check-run.ts'

/** Where the App reads a repository's config (always on the default branch). */
export const REPO_CONFIG_PATH = '.github/oda.yml'

interface Source { file: string; doc: Document.Parsed; lines: LineCounter; value: Record<string, unknown> }

/**
 * Loads `.github/oda.yml` from the repository's default branch through the contents API, never
 * from a PR head: a pull request must not loosen its own checks. Follows `_extends` the Probot
 * way (`repo`, `owner/repo` or `owner/repo:path`; the org's `.github` repo when the value is
 * `.github`). A repository without the file inherits the org's `.github` repo's file, if any.
 * Throws ConfigError with file:line:column for YAML or schema problems.
 */
export async function loadRepoConfig(o: { client: CheckRunClient; owner: string; repo: string }): Promise<{ config: OdaConfig; files: string[] }> {
  const chain: Source[] = []
  let target: { owner: string; repo: string; path: string } | undefined = { owner: o.owner, repo: o.repo, path: REPO_CONFIG_PATH }
  let text = await readRepoFile({ client: o.client, ...target })
  if (text === undefined && o.repo !== '.github') {
    target = { owner: o.owner, repo: '.github', path: REPO_CONFIG_PATH }
    text = await readRepoFile({ client: o.client, ...target })
  }
  while (target && text !== undefined) {
    const file = `${target.owner}/${target.repo}:${target.path}`
    if (chain.some((c) => c.file === file)) throw new ConfigError([{ file: chain[0]?.file ?? file, line: 1, column: 1, path: '_extends', message: `_extends cycle: ${[...chain.map((c) => c.file), file].join(' -> ')}` }])
    const source = parseSource(file, text)
    chain.push(source)
    const ext = source.value['_extends']
    if (ext === undefined) break
    if (typeof ext !== 'string') throw new ConfigError([issueAt(source, ['_extends'], 'expected "repo", "owner/repo" or "owner/repo:path" to inherit from')])
    target = parseExtends(ext, target.owner)
    text = await readRepoFile({ client: o.client, ...target })
    if (text === undefined) throw new ConfigError([issueAt(source, ['_extends'], `extends ${ext}, but ${target.owner}/${target.repo}:${target.path} does not exist on its default branch`)])
  }
  let merged: unknown = {}
  for (const c of [...chain].reverse()) {
    const { _extends: _drop, ...rest } = c.value
    merged = deepMerge(merged, rest)
  }
  const result = odaConfigSchema.safeParse(merged)
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => {
      const path = i.code === 'unrecognized_keys' ? [...i.path, i.keys[0] ?? ''] : i.path
      const owner = chain.find((c) => c.doc.hasIn(path.map(String))) ?? chain[0]
      const message = i.code === 'unrecognized_keys' ? `unknown key(s) ${i.keys.map((k) => `"${k}"`).join(', ')}` : i.message
      return owner ? issueAt(owner, path, message) : { file: REPO_CONFIG_PATH, line: 1, column: 1, path: path.map(String).join('.'), message }
    }))
  }
  return { config: result.data, files: chain.map((c) => c.file) }
}

/** `_extends` value -> where to read it: `repo`, `owner/repo`, `owner/repo:path`. */
export function parseExtends(value: string, defaultOwner: string): { owner: string; repo: string; path: string } {
  const [repoPart, path] = value.split(':', 2)
  const [a, b] = (repoPart ?? '').split('/', 2)
  const owner = b === undefined ? defaultOwner : (a ?? defaultOwner)
  const repo = b === undefined ? (a ?? '') : b
  return { owner, repo, path: path && path.length > 0 ? path : REPO_CONFIG_PATH }
}

function parseSource(file: string, text: string): Source {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((e) => {
      const pos = lines.linePos(e.pos[0])
      return { file, line: pos.line, column: pos.col, path: '', message: `YAML syntax: ${e.message.split('\n')[0] ?? ''}` }
    }))
  }
  const value: unknown = doc.toJS() ?? {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError([{ file, line: 1, column: 1, path: '', message: 'expected a mapping of sections (spec-kit:, manifest:, ...) at the top level' }])
  }
  return { file, doc, lines, value: { ...value } }
}

function issueAt(s: Source, path: readonly PropertyKey[], message: string): ConfigIssue {
  let node: unknown = s.doc.contents
  let offset = 0
  for (const seg of path) {
    if (!isMap(node)) break
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg))
    if (!pair) break
    const start = isScalar(pair.key) ? pair.key.range?.[0] : undefined
    if (start !== undefined) offset = start
    node = pair.value
  }
  const pos = s.lines.linePos(offset)
  return { file: s.file, line: pos.line, column: pos.col, path: path.map(String).join('.'), message }
}
