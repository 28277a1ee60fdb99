import type { z } from 'zod'
import { schemaFields, type SchemaField } from '../face/schema-fields.ts'
import { didYouMean } from '../config/did-you-mean.ts'
import type { CommandLine } from './extract-command-lines.ts'
import type { CommandSpec, ParsedCommand } from './command-spec.ts'
import { commandUsage } from './command-usage.ts'
import { tokenizeCommandLine } from './tokenize-command-line.ts'

/** Longest command line read; a longer one is refused whole. */
export const MAX_COMMAND_LINE = 512

// What a ref, SHA, environment or check name may be: no shell syntax, no option look, no path tricks.
const PLAIN_VALUE = /^[A-Za-z0-9][A-Za-z0-9._/@+-]*$/

/**
 * Reads one command line against the known commands. Everything the command's schema does not
 * accept is refused with its usage, never partly run: an unknown command (with the closest
 * one), an unknown or repeated flag, a value with characters a ref or name cannot have, an
 * environment the config does not define (with the closest one), an over-long line.
 */
export function parseCommandLine(
  line: CommandLine,
  specs: readonly CommandSpec[],
  environments: readonly string[] | undefined,
): ParsedCommand {
  const at = { line: line.line, text: line.text.slice(0, MAX_COMMAND_LINE) }
  const head = /^\/([A-Za-z][A-Za-z0-9-]*)(?=\s|$)/.exec(line.text)
  const word = head?.[1]?.toLowerCase() ?? line.text.slice(1).split(/\s/)[0] ?? ''
  const spec = specs.find((s) => s.name === word)
  const reject = (error: string, name = spec?.name, usage = spec ? commandUsage(spec) : undefined): ParsedCommand => ({
    ok: false,
    name,
    ...at,
    error,
    usage,
  })
  if (!spec) {
    const hint = didYouMean(
      word,
      specs.map((s) => s.name),
    )
    const close = hint ? specs.find((s) => s.name === hint) : undefined
    return reject(
      `unknown command /${word.slice(0, 40)}${hint ? `; did you mean /${hint}?` : ''}`,
      undefined,
      close ? commandUsage(close) : undefined,
    )
  }
  if (line.text.length > MAX_COMMAND_LINE) return reject(`the command is longer than ${MAX_COMMAND_LINE} characters`)
  if (hasControlCharacters(line.text)) return reject('the command contains control characters')
  const tokens = tokenizeCommandLine(line.text.slice(word.length + 1))
  if (!tokens.ok) return reject(tokens.error)

  const fields = schemaFields(spec.input).filter((f) => !spec.hidden?.includes(f.key))
  const byFlag = new Map(fields.map((f) => [f.flag, f]))
  const args: Record<string, unknown> = {}
  const positional: string[] = []
  const words = tokens.words
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (spec.toEnvironment && w === 'to' && i + 1 < words.length) {
      if ('environment' in args) return reject('the environment is given twice')
      args['environment'] = words[++i]
      continue
    }
    if (!w.startsWith('--')) {
      positional.push(w)
      continue
    }
    const eq = w.indexOf('=')
    const flag = eq >= 0 ? w.slice(2, eq) : w.slice(2)
    const field = byFlag.get(flag)
    if (!field) {
      const hint = didYouMean(flag, [...byFlag.keys()])
      return reject(`unknown option --${flag.slice(0, 40)} for /${spec.name}${hint ? `; did you mean --${hint}?` : ''}`)
    }
    if (field.key in args && field.kind !== 'array') return reject(`--${flag} is given twice`)
    let raw: string | undefined = eq >= 0 ? w.slice(eq + 1) : undefined
    if (field.kind === 'boolean') raw ??= 'true'
    else if (raw === undefined) {
      raw = words[++i]
      if (raw === undefined) return reject(`--${flag} needs a value`)
    }
    const converted = convert(field, raw)
    if ('error' in converted) return reject(converted.error)
    put(args, field, converted.value)
  }
  for (const value of positional) {
    const key = spec.positional.find((k) => !(k in args)) ?? spec.positional.at(-1)
    const field = fields.find((f) => f.key === key)
    if (!field || (field.key in args && field.kind !== 'array'))
      return reject(`unexpected argument "${value.slice(0, 40)}"`)
    const converted = convert(field, value)
    if ('error' in converted) return reject(converted.error)
    put(args, field, converted.value)
  }
  for (const f of fields) {
    const values = f.kind === 'array' ? ((args[f.key] as unknown[] | undefined) ?? []) : [args[f.key]]
    for (const v of values) {
      if (typeof v !== 'string' || spec.freeText?.includes(f.key)) continue
      if (!PLAIN_VALUE.test(v) || v.includes('..') || v.length > 255)
        return reject(
          `${f.flag} "${v.slice(0, 40)}" is not a plain name: only letters, digits and . _ / @ + - are allowed (no shell syntax, no "..")`,
        )
    }
  }
  const parsed = spec.input.safeParse(args)
  if (!parsed.success) return reject(describeIssues(parsed.error))
  const env = args['environment']
  if (typeof env === 'string' && environments && !environments.includes(env)) {
    const hint = didYouMean(env, environments)
    return reject(
      `unknown environment "${env}"${hint ? `; did you mean ${hint}?` : environments.length > 0 ? `; known: ${environments.join(', ')}` : '; .github/oda.yml defines none'}`,
    )
  }
  return { ok: true, name: spec.name, args, ...at }
}

function convert(field: SchemaField, raw: string): { value: unknown } | { error: string } {
  if (field.kind === 'boolean') {
    if (raw === 'true' || raw === 'yes') return { value: true }
    if (raw === 'false' || raw === 'no') return { value: false }
    return { error: `--${field.flag} expects true or false` }
  }
  if (field.kind === 'number') {
    const n = Number(raw)
    return raw.trim() !== '' && Number.isFinite(n) ? { value: n } : { error: `--${field.flag} expects a number` }
  }
  return { value: raw }
}

function put(args: Record<string, unknown>, field: SchemaField, value: unknown): void {
  const list = args[field.key]
  args[field.key] = field.kind === 'array' ? [...(Array.isArray(list) ? list : []), value] : value
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const key = i.path.map(String).join('.')
      const missing = i.code === 'invalid_type' && / received undefined$/.test(i.message)
      return `${key ? `${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ` : ''}${missing ? 'is required' : i.message}`
    })
    .join('; ')
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return true
  }
  return false
}
