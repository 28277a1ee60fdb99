import type { Op } from '../op/define-op.ts'
import { formatsOf } from './render-report.ts'
import { schemaFields } from '../face/schema-fields.ts'

/** `oda <op> --help`: usage line, summary, options with kinds and defaults. */
export function opHelp(op: Op): string {
  const words = op.name.replaceAll('.', ' ')
  const fields = schemaFields(op.input)
  const slots = (op.positional ?? []).map((s) => `[${s}]`).join(' ')
  const lines = [`usage: oda ${words}${slots ? ` ${slots}` : ''} [options]`, '', op.summary]
  if (op.description) lines.push('', op.description.trim())
  if (fields.length > 0) {
    lines.push('', 'options:')
    for (const f of fields) {
      const kind = f.values ? f.values.join('|') : f.kind === 'array' ? `${f.element}...` : f.kind
      const dflt =
        f.default !== undefined && !(Array.isArray(f.default) && f.default.length === 0)
          ? ` (default: ${JSON.stringify(f.default)})`
          : f.required
            ? ' (required)'
            : ''
      lines.push(`  --${f.flag}${f.kind === 'boolean' ? '' : ` <${kind}>`}`.padEnd(34) + ` ${f.description}${dflt}`)
    }
  }
  lines.push(
    '',
    'global options:',
    `  --format <${formatsOf(op).join('|')}>`.padEnd(34) + ' output format (default: text)',
    '  --evidence[=<root>]'.padEnd(34) + ' write an evidence pack for this run',
    '  --data-dir <dir>'.padEnd(34) + ' where runs are stored (default: $ODA_DATA_DIR or ~/.local/share/oda)',
  )
  return lines.join('\n') + '\n'
}
