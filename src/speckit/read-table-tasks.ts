import type { Table } from 'mdast'
import type { ParsedDoc, Task, TaskStatus } from './kit-types.ts'
import { citedRequirements } from './cited-requirements.ts'
import { nodeText } from './node-text.ts'
import { statusFromText } from './status-words.ts'
import { taskIdAtStart, taskIdDigits, taskIdOrder } from './task-id.ts'
import { walkNodes } from './walk-nodes.ts'

const idHeader = /^(?:task\s*)?(?:id|#|no\.?|number|ref)$|^task$/i
const statusHeader = /\b(status|state|done|complete[d]?|progress)\b|^[✓✔☑]$|^$/i
const textHeader = /\b(task|description|title|name|summary|what|work)\b/i
const box = /^\[([ xX~!-])\]/

/**
 * Reads tasks written as table rows: a table whose header has an ID column and a status
 * (or checkbox) column, such as `| ID | Task | Status |` with rows `| T001 | ... | ✅ |`.
 * Rows whose ID cell holds no task ID are not tasks. One list per table.
 */
export function readTableTasks(doc: ParsedDoc, phaseOf: (line: number) => string): Task[][] {
  const out: Task[][] = []
  walkNodes(doc.tree, (node) => {
    if (node.type !== 'table') return
    const tasks = tableTasks(node, phaseOf)
    if (tasks.length > 0) out.push(tasks)
    return false
  })
  return out
}

function tableTasks(table: Table, phaseOf: (line: number) => string): Task[] {
  const [head, ...rows] = table.children
  if (!head || rows.length === 0) return []
  const headers = head.children.map((c) => nodeText(c).replace(/[*_`]/g, '').trim())
  const cell = (r: number, c: number): string =>
    c < 0 ? '' : nodeText(rows[r]!.children[c] ?? { type: 'text', value: '' }).trim()
  let idCol = headers.findIndex((h) => idHeader.test(h))
  // no "ID" header: the first column whose cells are mostly task IDs
  if (idCol < 0)
    idCol = headers.findIndex((_, c) => rows.filter((_, r) => taskIdAtStart.test(cell(r, c))).length * 2 > rows.length)
  if (idCol < 0) return []
  let statusCol = headers.findIndex((h, c) => c !== idCol && h !== '' && statusHeader.test(h))
  if (statusCol < 0)
    statusCol = headers.findIndex(
      (_, c) => c !== idCol && rows.filter((_, r) => box.test(cell(r, c))).length * 2 > rows.length,
    )
  if (statusCol < 0) return []
  const textCol = headers.findIndex((h, c) => c !== idCol && c !== statusCol && textHeader.test(h))
  const out: Task[] = []
  rows.forEach((row, r) => {
    const idText = cell(r, idCol).replace(/^~~|~~$/g, '')
    const id = taskIdAtStart.exec(idText)
    if (!id || !row.position) return
    const statusText = cell(r, statusCol)
    const struck = /^~~/.test(cell(r, idCol))
    const text =
      textCol >= 0
        ? cell(r, textCol)
        : cell(
            r,
            headers.findIndex((_, c) => c !== idCol && c !== statusCol),
          )
    out.push({
      id: id[0],
      order: taskIdOrder(taskIdDigits(id)),
      line: row.position.start.line,
      column: row.children[idCol]?.position?.start.column ?? row.position.start.column,
      status: struck ? 'skipped' : cellStatus(statusText),
      stories: [...text.matchAll(/\[US-?(\d+)\]/gi)].map((m) => Number(m[1])),
      parallel: /\[P\]/.test(text),
      dependsOn: [],
      phase: phaseOf(row.position.start.line),
      text: text.length > 80 ? text.slice(0, 77) + '...' : text,
      form: 'row',
      cites: citedRequirements(row.children.map((c) => nodeText(c)).join(' ')),
    })
  })
  return out
}

function cellStatus(text: string): TaskStatus {
  const b = box.exec(text)
  if (b) return /x/i.test(b[1]!) ? 'done' : b[1] === '~' ? 'in_progress' : b[1] === '!' ? 'blocked' : 'todo'
  return statusFromText(text) ?? 'todo'
}
