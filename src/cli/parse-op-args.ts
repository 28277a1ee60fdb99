import type { Op } from '../op/define-op.ts'
import { didYouMean } from '../config/did-you-mean.ts'
import { schemaFields, type SchemaField } from '../face/schema-fields.ts'
import { UsageError } from './usage-error.ts'

/**
 * Turns `--kebab-flag value` arguments into an op's raw input (camelCase keys). Values are
 * converted by field kind; validation proper is the op schema's job.
 */
export function parseOpArgs(op: Op, args: readonly string[]): Record<string, unknown> {
  const fields = schemaFields(op.input)
  const byFlag = new Map(fields.map((f) => [f.flag, f]))
  const input: Record<string, unknown> = {}
  const positional: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--') {
      positional.push(...args.slice(i + 1))
      break
    }
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    let name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2)
    let inline: string | undefined = eq >= 0 ? arg.slice(eq + 1) : undefined
    let field = byFlag.get(name)
    if (!field && name.startsWith('no-') && byFlag.get(name.slice(3))?.kind === 'boolean') {
      field = byFlag.get(name.slice(3))
      name = name.slice(3)
      if (inline !== undefined) throw new UsageError(`--no-${name} takes no value`)
      inline = 'false'
    }
    if (!field) {
      const hint = didYouMean(name, [...byFlag.keys()])
      throw new UsageError(
        `unknown option --${name} for "oda ${op.name.replaceAll('.', ' ')}"${hint ? `; did you mean --${hint}?` : ''}`,
        `run "oda ${op.name.replaceAll('.', ' ')} --help" for its options`,
      )
    }
    let raw: string
    if (field.kind === 'boolean') raw = inline ?? 'true'
    else if (inline !== undefined) raw = inline
    else {
      const value = args[i + 1]
      if (value === undefined) throw new UsageError(`--${field.flag} needs a value (${expected(field)})`)
      raw = value
      i++
    }
    assign(input, field, raw)
  }
  const slots = op.positional ?? []
  for (const [index, value] of positional.entries()) {
    // Extra bare arguments go to the last slot when it is a list (`oda manifest show a b c`).
    const key = index < slots.length ? slots[index] : slots.at(-1)
    const field = fields.find((f) => f.key === key)
    if (!field || (index >= slots.length && field.kind !== 'array')) {
      throw new UsageError(
        `unexpected argument "${value}": "oda ${op.name.replaceAll('.', ' ')}" takes ${slots.length === 0 ? 'no positional arguments' : slots.map((s) => `<${s}>`).join(' ')}`,
      )
    }
    assign(input, field, value)
  }
  return input
}

function assign(input: Record<string, unknown>, field: SchemaField, raw: string): void {
  const value = convert(field, field.kind === 'array' ? (field.element ?? 'string') : field.kind, raw)
  if (field.kind === 'array') {
    const list = (input[field.key] as unknown[] | undefined) ?? []
    list.push(value)
    input[field.key] = list
  } else {
    if (field.key in input) throw new UsageError(`--${field.flag} given twice`)
    input[field.key] = value
  }
}

function convert(field: SchemaField, kind: string, raw: string): unknown {
  switch (kind) {
    case 'boolean':
      if (raw === 'true' || raw === '1' || raw === 'yes') return true
      if (raw === 'false' || raw === '0' || raw === 'no') return false
      throw new UsageError(`--${field.flag} expects true or false, got "${raw}"`)
    case 'number': {
      const n = Number(raw)
      if (raw.trim() === '' || !Number.isFinite(n))
        throw new UsageError(`--${field.flag} expects a number, got "${raw}"`)
      return n
    }
    case 'json':
      try {
        return JSON.parse(raw) as unknown
      } catch {
        throw new UsageError(`--${field.flag} expects JSON, got "${raw}"`)
      }
    default:
      return raw
  }
}

function expected(f: SchemaField): string {
  if (f.values) return `one of ${f.values.join(', ')}`
  return f.kind === 'array' ? `${f.element ?? 'string'}, repeatable` : f.kind
}
