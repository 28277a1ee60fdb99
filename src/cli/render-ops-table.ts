import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Op } from '../op/define-op.ts'

/** The README's table of operations (between `<!-- ops:start -->` and `<!-- ops:end -->`). */
export function renderOpsTable(ops: readonly Op[], root: string): string {
  const rows = ops.map((op) => {
    const doc = join('docs', 'ops', `${op.name}.md`)
    const name = existsSync(join(root, doc)) ? `[\`${op.name}\`](${doc})` : `\`${op.name}\``
    return `| ${name} | \`oda ${op.name.replaceAll('.', ' ')}\` | ${op.check ? `\`oda / ${op.check.name}\`` : ''} | ${op.action ? `\`actions/${op.action}\`` : ''} | ${op.summary} |`
  })
  return ['| op | CLI | check | action | what it does |', '|---|---|---|---|---|', ...rows].join('\n')
}

/** `readme` with its ops table replaced by the current one. */
export function updateReadmeOps(readme: string, table: string): string {
  return readme.replace(/<!-- ops:start -->[\s\S]*?<!-- ops:end -->/, `<!-- ops:start -->\n${table}\n<!-- ops:end -->`)
}
