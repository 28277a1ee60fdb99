import type { Finding } from '../op/report.ts'
import type { ParsedDoc, Task } from './kit-types.ts'
import { makeFinding } from './make-finding.ts'
import { readBlockStatements } from './read-block-statements.ts'
import { compareTaskIds, taskIdAnywhere, taskIdDigits, taskIdKey, taskIdOrder } from './task-id.ts'

/**
 * Checks that a tasks file has tasks, that IDs are present, unique and increasing
 * (`T001`, `T1.2` and `Task 1.3` compare by their numbers), and that every
 * "depends on" names an earlier task.
 */
export function checkTasks(doc: ParsedDoc, tasks: readonly Task[]): Finding[] {
  if (tasks.length === 0) {
    return [
      makeFinding({
        rule: 'spec-kit/no-tasks',
        path: doc.path,
        message: `${doc.path} has no tasks: list them as "- [ ] T001 Description"`,
      }),
    ]
  }
  const findings: Finding[] = []
  const byKey = new Map<string, Task>()
  const withId = tasks.filter((t) => t.id !== '')
  // IDs are ordered within one style: `P2-T03` and `TASK-4` in one file are two numbering schemes
  const previousOf = new Map<string, Task>()
  for (const t of tasks) {
    if (t.id === '') {
      // TXXX is the template's own slot: the placeholder rule already reports it
      if (withId.length > 0 && !/^TXXX\b/.test(t.text))
        findings.push(
          makeFinding({
            rule: 'spec-kit/task-missing-id',
            path: doc.path,
            line: t.line,
            column: t.column,
            message: `task "${t.text}" has no ID while other tasks have one: give it the next free ID`,
          }),
        )
      continue
    }
    const family = idFamily(t.id)
    const key = keyOf(t.id, t.order)
    const first = byKey.get(key)
    if (first) {
      findings.push(
        makeFinding({
          rule: 'spec-kit/duplicate-task-id',
          path: doc.path,
          line: t.line,
          column: t.column,
          message: `${t.id} is used again (first at line ${first.line}): task IDs must be unique`,
          properties: { id: t.id, firstLine: first.line },
        }),
      )
      continue
    }
    byKey.set(key, t)
    const previous = previousOf.get(family)
    if (previous && compareTaskIds(t.order, previous.order) < 0) {
      findings.push(
        makeFinding({
          rule: 'spec-kit/task-id-order',
          path: doc.path,
          line: t.line,
          column: t.column,
          message: `${t.id} comes after ${previous.id} (line ${previous.line}): task IDs must increase down the file`,
          properties: { id: t.id, previous: previous.id },
        }),
      )
    }
    previousOf.set(family, t)
  }
  for (const t of withId) {
    for (const dep of t.dependsOn) {
      const target = find(byKey, dep.id)
      const at = { path: doc.path, line: dep.line, column: dep.column }
      if (!target)
        findings.push(
          makeFinding({
            rule: 'spec-kit/task-dependency',
            ...at,
            message: `${t.id} depends on ${dep.id}, which is not a task in this file`,
          }),
        )
      else if (target === t)
        findings.push(makeFinding({ rule: 'spec-kit/task-dependency', ...at, message: `${t.id} depends on itself` }))
      else if (target.line > t.line)
        findings.push(
          makeFinding({
            rule: 'spec-kit/task-dependency',
            ...at,
            message: `${t.id} depends on ${dep.id}, which comes later (line ${target.line}): move ${dep.id} before ${t.id} or drop the dependency`,
          }),
        )
    }
  }
  for (const b of readBlockStatements(doc)) {
    const at = { path: doc.path, line: b.line, column: b.column }
    const blocker = find(byKey, b.blocker)
    for (const id of [b.blocker, ...b.blocked]) {
      if (!find(byKey, id))
        findings.push(
          makeFinding({
            rule: 'spec-kit/task-dependency',
            ...at,
            message: `"${b.blocker} blocks ${b.blocked.join(', ')}" names ${id}, which is not a task in this file`,
          }),
        )
    }
    for (const id of b.blocked) {
      const t = find(byKey, id)
      if (blocker && t && t.line <= blocker.line)
        findings.push(
          makeFinding({
            rule: 'spec-kit/task-dependency',
            ...at,
            message: `${b.blocker} blocks ${id}, but ${id} (line ${t.line}) comes before ${b.blocker} (line ${blocker.line})`,
          }),
        )
    }
  }
  return findings
}

function find(byKey: ReadonlyMap<string, Task>, id: string): Task | undefined {
  const m = new RegExp(taskIdAnywhere.source).exec(id)
  return m ? byKey.get(keyOf(m[0], taskIdOrder(taskIdDigits(m)))) : undefined
}

/** `T001`, `T1.2` and `Task 1` are one scheme; `TASK-12` and `P2-T03` are schemes of their own. */
function idFamily(id: string): string {
  return id.startsWith('TASK-') ? 'TASK-' : /^P\d+-T/.test(id) ? 'P-T' : 'T'
}

function keyOf(id: string, order: readonly number[]): string {
  return `${idFamily(id)}:${taskIdKey(order)}`
}
