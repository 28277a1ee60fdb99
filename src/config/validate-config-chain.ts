import type { z } from 'zod'
import { ConfigError, type ConfigIssue } from './config-error.ts'
import { deepMerge } from './deep-merge.ts'
import { didYouMean } from './did-you-mean.ts'
import type { ConfigCheckOptions, LoadedConfig } from './load-config.ts'
import { issueAt, type ParsedFile } from './parse-config-file.ts'
import { odaConfigSchema } from './schema.ts'
import { schemaKeysAt } from './schema-keys-at.ts'

/**
 * Merges a resolved `_extends` chain (the repository's own file first) and validates the
 * result. Problems are reported at their line in the file that sets them. Throws ConfigError.
 */
export function validateConfigChain(chain: readonly ParsedFile[], options: ConfigCheckOptions = {}): LoadedConfig {
  // Merge from the root ancestor down to the repo's file.
  let merged: unknown = {}
  for (const c of [...chain].reverse()) merged = deepMerge(merged, withoutExtends(c.value))
  const result = odaConfigSchema.safeParse(merged, { reportInput: true })
  if (!result.success)
    throw new ConfigError(
      result.error.issues
        .flatMap((i) => toIssues(i, chain))
        .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column),
    )
  const known = options.knownOps
  const unknown = known ? Object.keys(result.data.policy.permissions).filter((name) => !known.includes(name)) : []
  if (known && unknown.length > 0)
    throw new ConfigError(
      unknown.map((name) => {
        const path = ['policy', 'permissions', name]
        const hint = didYouMean(name, known)
        const message = `no operation is called "${name}"${hint ? `; did you mean "${hint}"?` : ''} (operations: ${known.join(', ')})`
        return issueAt(ownerOf(chain, path), path, message, true)
      }),
    )
  return { config: result.data, files: chain.map((c) => c.file) }
}

function toIssues(issue: z.core.$ZodIssue, chain: readonly ParsedFile[]): ConfigIssue[] {
  if (issue.code === 'unrecognized_keys') {
    const known = schemaKeysAt(odaConfigSchema, issue.path)
    return issue.keys.map((key) => {
      const hint = didYouMean(key, known)
      const message = `unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ''} (expected one of: ${known.join(', ')})`
      return issueAt(ownerOf(chain, [...issue.path, key]), [...issue.path, key], message, true)
    })
  }
  return [issueAt(ownerOf(chain, issue.path), issue.path, describe(issue))]
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
  for (let depth = path.length; depth > 0; depth--) {
    const prefix = path.slice(0, depth).map(String)
    const owner = chain.find((c) => c.doc.hasIn(prefix))
    if (owner) return owner
  }
  return chain[0]!
}

function withoutExtends(value: Record<string, unknown>): Record<string, unknown> {
  const { _extends: _ignored, ...rest } = value
  return rest
}
