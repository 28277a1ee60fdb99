import { schemaFields } from '../face/schema-fields.ts'
import type { CommandSpec } from './command-spec.ts'

/** One-line usage of a command, generated from its schema: `/deploy <environment> [ref] [--reason <text>]`. */
export function commandUsage(spec: CommandSpec): string {
  const fields = schemaFields(spec.input).filter((f) => !spec.hidden?.includes(f.key))
  const parts = [`/${spec.name}`]
  for (const key of spec.positional) {
    const f = fields.find((x) => x.key === key)
    if (!f) continue
    const name = f.kind === 'array' ? `${f.flag}...` : f.flag
    parts.push(f.required ? `<${name}>` : `[${name}]`)
  }
  for (const f of fields) {
    if (spec.positional.includes(f.key)) continue
    if (f.kind === 'boolean') parts.push(`[--${f.flag}]`)
    else
      parts.push(`[--${f.flag} <${f.values ? f.values.join('|') : spec.freeText?.includes(f.key) ? 'text' : 'value'}>]`)
  }
  return parts.join(' ')
}
