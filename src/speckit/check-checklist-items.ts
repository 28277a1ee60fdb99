import type { Finding } from '../op/report.ts'
import type { ParsedDoc } from './kit-types.ts'
import { makeFinding } from './make-finding.ts'
import { walkNodes } from './walk-nodes.ts'

/**
 * A feature's `checklists/*.md` with unchecked items: Spec Kit's /implement stops and asks
 * before it starts while any checklist is incomplete. One finding per checklist file.
 */
export function checkChecklistItems(doc: ParsedDoc): Finding[] {
  let total = 0
  const open: number[] = []
  walkNodes(doc.tree, (node) => {
    if (node.type !== 'listItem' || typeof node.checked !== 'boolean') return
    total++
    if (!node.checked) open.push(node.position?.start.line ?? 1)
  })
  if (open.length === 0) return []
  const lines = open.length <= 10 ? open.join(', ') : `${open.slice(0, 10).join(', ')}, ...`
  return [
    makeFinding({
      rule: 'spec-kit/checklist-incomplete',
      path: doc.path,
      line: open[0],
      message: `${open.length} of ${total} checklist item${total === 1 ? '' : 's'} ${open.length === 1 ? 'is' : 'are'} not checked (line${open.length === 1 ? '' : 's'} ${lines}): /speckit.implement stops until the checklist is complete`,
      properties: { unchecked: open.length, total },
    }),
  ]
}
