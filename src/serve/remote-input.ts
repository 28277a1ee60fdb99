import { isAbsolute } from 'node:path'
import { z } from 'zod'
import { InputError, toCamel, toKebab, type InputIssue } from '../engine/errors.ts'
import { resolveInside } from '../fs/resolve-inside.ts'
import type { Op } from '../op/define-op.ts'
import type { ServedRepo } from './served-repos.ts'

/** The input field a remote face fills itself: the served repository's folder. */
const REPO_DIR_KEY = 'dir'

/** Inputs that name files of the repository: relative paths that must stay inside it. */
const PATH_KEYS: ReadonlySet<string> = new Set(['file', 'patchFile', 'baseline', 'addons', 'paths', 'changedFiles'])

/**
 * Inputs a network caller never gets: a command line to start (`odoo.test --command`) would
 * let any key holder run programs on the server. Locally (CLI, Actions) they stay available;
 * remotely the repository's own `.github/oda.yml` decides.
 */
const LOCAL_ONLY_KEYS: ReadonlySet<string> = new Set(['command'])

/** A JSON Schema object as the remote faces publish it. */
export type JsonSchema = Record<string, unknown>

/**
 * The op's input as REST and MCP callers see it: JSON Schema (2020-12) from the zod schema,
 * kebab-case keys like every face, without the repository folder (requests name the repository)
 * and without local-only inputs.
 */
export function remoteInputSchema(op: Op): JsonSchema {
  const schema = z.toJSONSchema(op.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  const properties = (schema['properties'] ?? {}) as Record<string, unknown>
  const required = (schema['required'] ?? []) as string[]
  const kept = Object.keys(properties).filter((k) => remoteKey(k))
  return {
    type: 'object',
    properties: Object.fromEntries(kept.map((k) => [toKebab(k), properties[k]])),
    required: required.filter((k) => remoteKey(k)).map(toKebab),
    additionalProperties: false,
  }
}

/**
 * Turns a remote caller's input (kebab-case keys) into the op's raw input for `repo`: unknown
 * and local-only keys refused, file inputs checked to stay inside the repository, the
 * repository folder set by the server. Throws InputError (HTTP 400, an MCP tool error).
 */
export function remoteToOpInput(op: Op, raw: unknown, repo: ServedRepo): Record<string, unknown> {
  if (raw === undefined || raw === null) raw = {}
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new InputError(op.name, [{ path: [], message: 'expected an object of inputs' }])
  const shape = op.input instanceof z.ZodObject ? (op.input.shape as Record<string, unknown>) : {}
  const issues: InputIssue[] = []
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    const camel = toCamel(key)
    if (key !== toKebab(camel) || !(camel in shape) || !remoteKey(camel)) {
      issues.push({ path: [camel], message: `unknown input "${key}" for ${op.name}` })
      continue
    }
    const pathIssue = PATH_KEYS.has(camel) ? outsideRepo(value, repo) : undefined
    if (pathIssue) issues.push({ path: [camel], message: pathIssue })
    out[camel] = value
  }
  if (issues.length > 0) throw new InputError(op.name, issues)
  if (REPO_DIR_KEY in shape) out[REPO_DIR_KEY] = repo.dir
  return out
}

function remoteKey(key: string): boolean {
  return key !== REPO_DIR_KEY && !LOCAL_ONLY_KEYS.has(key)
}

/** Why a file input leaves the repository, or undefined when every path stays inside. */
function outsideRepo(value: unknown, repo: ServedRepo): string | undefined {
  for (const path of Array.isArray(value) ? value : [value]) {
    if (typeof path !== 'string' || path === '') continue // the op schema reports the type
    if (isAbsolute(path) || path.includes('\0'))
      return `"${path.slice(0, 200)}" must be a path relative to the repository ${repo.name}`
    if (resolveInside(repo.dir, path).kind === 'outside')
      return `"${path.slice(0, 200)}" leads outside the repository ${repo.name}`
  }
  return undefined
}
