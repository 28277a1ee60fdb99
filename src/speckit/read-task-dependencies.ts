import type { ListItem } from 'mdast'
import type { ParsedDoc } from './kit-types.ts'
import { positionAt } from './position-at.ts'
import { taskIdAnywhere } from './task-id.ts'

const dependencyPhrase =
  /\b(?:[Dd]epends\s+on|[Dd]ependenc(?:y|ies)|[Dd]epends|[Rr]equires|[Bb]locked\s+by|[Aa]fter)\s*:?\s*((?:T\d+(?:\.\d+)*[a-zA-Z]?|Task\s+\d+(?:\.\d+)*|TASK-\d+|P\d+-T\d+)(?:\s*(?:,|and|&|\/|\+)\s*(?:T\d+(?:\.\d+)*[a-zA-Z]?|Task\s+\d+(?:\.\d+)*|TASK-\d+|P\d+-T\d+))*)/g

/**
 * Task IDs a task says it depends on ("depends on T012, T013", "Blocked by: T4.1"),
 * from its own text and its non-task sub-bullets, with the position of each reference.
 */
export function readTaskDependencies(doc: ParsedDoc, item: ListItem): { id: string; line: number; column: number }[] {
  const start = item.position?.start.offset
  let end = item.position?.end.offset
  if (start === undefined || end === undefined) return []
  // stop at the first nested task: its dependencies are its own
  for (const child of item.children) {
    if (child.type !== 'list') continue
    const nestedTask = child.children.find((li) => typeof li.checked === 'boolean')
    const at = nestedTask?.position?.start.offset
    if (at !== undefined && at < end) end = at
  }
  const raw = doc.text.slice(start, end).replace(/[*_`]/g, ' ')
  const out: { id: string; line: number; column: number }[] = []
  for (const m of raw.matchAll(dependencyPhrase)) {
    const groupAt = m.index + m[0].length - m[1]!.length
    for (const ref of m[1]!.matchAll(taskIdAnywhere)) {
      out.push({ id: ref[0], ...positionAt(doc.lineStarts, start + groupAt + ref.index) })
    }
  }
  return out
}
