import type { ListItem, Paragraph } from 'mdast'
import type { Finding } from '../op/report.ts'
import type { ParsedDoc, Task, TaskStatus } from './kit-types.ts'
import { docSections, indexSections, type DocSection } from './doc-sections.ts'
import { citedRequirements } from './cited-requirements.ts'
import { readHeadingTasks } from './read-heading-tasks.ts'
import { readTableTasks } from './read-table-tasks.ts'
import { statusFromEmoji } from './status-words.ts'
import { extractPhases, phaseIndex, type PhaseSection } from './extract-phases.ts'
import { makeFinding } from './make-finding.ts'
import { nodeText } from './node-text.ts'
import { normalizeMarker, parseLegend, type Legend } from './parse-legend.ts'
import { readTaskMarkers } from './read-task-markers.ts'
import { readTaskDependencies } from './read-task-dependencies.ts'
import { taskIdAtStart, taskIdDigits, taskIdKey, taskIdOrder } from './task-id.ts'
import { walkNodes } from './walk-nodes.ts'

/** Tasks, phases and legend of a tasks file, plus the syntax findings met on the way. */
export interface ExtractedTasks {
  tasks: Task[]
  phases: PhaseSection[]
  legend: Legend | undefined
  findings: Finding[]
}

// Sections whose bullets talk about tasks rather than being tasks ("## Dependencies", "## Notes").
const proseSection =
  /\b(?:dependenc(?:y|ies)|notes?|examples?|parallel|legend|format|strategy|summary|progress|conventions?|order|opportunities|overview|references?)\b/i
// Sections whose checkboxes without ID are a review checklist, not work ("## Validation Checklist",
// "### Acceptance Criteria"): the heading must end with such a word, so "Gateway", "(Gated)" or
// "Security Validation & Testing" are not checklists.
const checklistSection =
  /\b(?:checklists?|definition of done|acceptance(?: criteria| checks?| tests?)?|criteria|gates?|validation|verification|sign-?off)$/i
const skipPrefix = /^(?:SKIP(?:PED)?|CANCELL?ED|DROPPED|N\/A)\s*[:\-–—]\s*/i
const skipNote = /\((?:skipped|skip|cancell?ed|won'?t do|descoped|dropped|obsolete)\b[^)]*\)|⏭/i
const pseudoBox = /^\[([^\]\n]{0,3})\]/
const looseTaskLine = /^(\s*)([-*+]?)\[([ xX]?)\]\s*(?=T\d|Task\s+\d)/

/**
 * Finds the tasks of a tasks file: GitHub task list items (`- [ ] T001 ...`), plus
 * items that are meant as tasks but are not valid checkboxes (`- [] T001`, `- [~] T001`
 * without a legend, `- T001` inside a phase, `[ ] T001` outside a list), which are
 * counted and reported. Nested checkbox items without an ID are sub-steps, not tasks.
 */
export function extractTasks(doc: ParsedDoc): ExtractedTasks {
  const { legend, findings } = parseLegend(doc)
  const phases = extractPhases(doc)
  const sections = docSections(doc)
  const tasks: Task[] = []
  const taskItems = new WeakSet<ListItem>()
  const lineCount = doc.lineStarts.length
  const phaseAt = phaseIndex(phases, lineCount)
  const legendAt = indexSections(legend?.sections ?? [], lineCount)
  const inLegend = (line: number): boolean => legendAt(line) !== undefined && legendAt(line)!.line < line
  const titleOf = (s: DocSection): string => s.title.replace(/[^\p{L}\p{N})]+$/u, '').trim()
  const notPhase = (s: DocSection): boolean => !/^phase\s/i.test(s.title)
  const checklistAt = indexSections(
    sections.filter((s) => notPhase(s) && checklistSection.test(titleOf(s))),
    lineCount,
  )
  const proseAt = indexSections(
    sections.filter((s) => notPhase(s) && proseSection.test(titleOf(s))),
    lineCount,
  )
  const phaseOf = (line: number): string => phaseAt(line)?.key ?? ''
  // tasks written as headings: the checkboxes under them are their acceptance items, not tasks
  const headingTasks = readHeadingTasks(doc, sections, phaseOf)
  const underHeadingTask = indexSections(
    headingTasks.map((h) => h.section),
    lineCount,
  )
  tasks.push(...headingTasks.map((h) => h.task))
  const isChecklist = (line: number): boolean => checklistAt(line) !== undefined
  const isProse = (line: number): boolean => proseAt(line) !== undefined
  const legendStatuses = new Map(legend?.entries.map((e) => [e.marker, e.status]))
  const legendStatus = (marker: string): TaskStatus | undefined => legendStatuses.get(marker)

  walkNodes(doc.tree, (node, ancestors) => {
    if (node.type === 'paragraph' && !ancestors.some((a) => a.type === 'listItem')) {
      looseTasks(node)
      return false
    }
    if (node.type === 'table') return false
    if (node.type !== 'listItem' || !node.position) return
    const { line, column } = node.position.start
    if (inLegend(line) || underHeadingTask(line)) return false
    const first = node.children[0]
    if (!first || first.type !== 'paragraph') return
    const firstLine = (nodeText(first).split('\n')[0] ?? '').trim()
    let rest = firstLine
    let status: TaskStatus = node.checked === true ? 'done' : 'todo'
    let problem: string | undefined
    // "SKIP: T039 ...", "~~T012 ...~~", "T013 ... (cancelled)": counted as skipped, not as missing
    let skipped = first.children[0]?.type === 'delete'
    const sp = skipPrefix.exec(rest)
    if (sp) {
      rest = rest.slice(sp[0].length)
      skipped = true
    }
    const pseudo = typeof node.checked === 'boolean' ? undefined : pseudoBox.exec(rest)
    const isPseudo = pseudo !== undefined && pseudo !== null && /^([^\p{L}\p{N}]*|\s*[xX]\s*)$/u.test(pseudo[1]!)
    if (isPseudo) {
      rest = rest.slice(pseudo[0].length).trimStart()
      const marker = normalizeMarker(pseudo[0])
      const fromLegend = legendStatus(marker)
      const fromEmoji = legend ? undefined : statusFromEmoji(pseudo[1]!)
      if (fromLegend) status = fromLegend
      else if (fromEmoji) status = fromEmoji.status
      else {
        status = /x/i.test(pseudo[1]!) ? 'done' : 'todo'
        problem = checkboxProblem(pseudo[0])
      }
    }
    const id = taskIdAtStart.exec(rest)
    const nested = ancestors.some((a) => a.type === 'listItem' && taskItems.has(a))
    const hasBox = typeof node.checked === 'boolean' || isPseudo
    // "- T001 ..." in a phase is a task missing its checkbox; "1. T001 ..." is a numbered reference
    const idOnly =
      !hasBox &&
      id !== null &&
      !ancestors.some((a) => a.type === 'list' && a.ordered === true) &&
      !isProse(line) &&
      (phases.length === 0 || phaseAt(line) !== undefined)
    if (!hasBox && !idOnly) return
    // without an ID only a real checkbox is a task: "[⚠️] coverage 80%" is a note with a symbol
    if (!id && (nested || isChecklist(line) || typeof node.checked !== 'boolean')) return
    taskItems.add(node)
    if (idOnly) problem = 'has no checkbox: write "- [ ] ' + id[0] + ' ..."'
    const label = id ? id[0] : `task "${short(rest)}"`
    if (problem)
      findings.push(
        makeFinding({ rule: 'spec-kit/task-checkbox', path: doc.path, line, column, message: `${label} ${problem}` }),
      )
    const afterId = id ? rest.slice(id[0].length) : rest
    const markers = readTaskMarkers({ doc, text: afterId, legend, line, column, label })
    findings.push(...markers.findings)
    // without a legend the common emoji mean what people think; a ticked box stays done
    const emoji = legend ? undefined : statusFromEmoji(afterId)
    if (emoji && (node.checked !== true || emoji.status === 'skipped')) status = emoji.status
    if (markers.status) {
      if (node.checked === true && markers.status !== 'done')
        findings.push(conflict(label, '[x]', markers, line, column))
      if (node.checked === false && markers.status === 'done')
        findings.push(conflict(label, '[ ]', markers, line, column))
      status = markers.status
    }
    if (skipped || skipNote.test(afterId)) status = 'skipped'
    const digits = id ? taskIdDigits(id) : ''
    tasks.push({
      id: id ? id[0] : '',
      order: id ? taskIdOrder(digits) : [],
      line,
      column,
      status,
      stories: markers.stories,
      parallel: markers.parallel,
      dependsOn: readTaskDependencies(doc, node),
      phase: phaseOf(line),
      text: short(rest),
      form: 'item',
      cites: citedRequirements(nodeText(first)),
    })
  })
  // a table of tasks counts, unless it repeats tasks written elsewhere (a summary table)
  const known = new Set(tasks.filter((t) => t.id !== '').map((t) => taskIdKey(t.order)))
  for (const table of readTableTasks(doc, phaseOf)) {
    if (table.some((t) => known.has(taskIdKey(t.order)))) continue
    tasks.push(...table)
  }
  tasks.sort((a, b) => a.line - b.line)
  return { tasks, phases, legend, findings }

  function looseTasks(node: Paragraph): void {
    const start = node.position?.start.line
    if (start === undefined) return
    nodeText(node)
      .split('\n')
      .forEach((text, i) => {
        const m = looseTaskLine.exec(text)
        if (!m) return
        const rest = text.slice(m[0].length)
        const id = taskIdAtStart.exec(rest)
        if (!id) return
        const line = start + i
        findings.push(
          makeFinding({
            rule: 'spec-kit/task-checkbox',
            path: doc.path,
            line,
            message: `${id[0]} is not a list item: start the line with "- [ ] "`,
          }),
        )
        const digits = taskIdDigits(id)
        tasks.push({
          id: id[0],
          order: taskIdOrder(digits),
          line,
          column: 1,
          status: /x/i.test(m[3]!) ? 'done' : 'todo',
          stories: [],
          parallel: false,
          dependsOn: [],
          phase: phaseOf(line),
          text: short(rest),
          form: 'item',
          cites: citedRequirements(rest),
        })
      })
  }

  function conflict(
    label: string,
    box: string,
    markers: { status?: TaskStatus; marker?: string },
    line: number,
    column: number,
  ): Finding {
    return makeFinding({
      rule: 'spec-kit/status-marker',
      path: doc.path,
      line,
      column,
      message: `${label} is ${box} but marked ${markers.marker} (${markers.status?.replace('_', ' ')} in the legend): make the checkbox and the marker agree`,
    })
  }
}

function checkboxProblem(box: string): string {
  if (box === '[]') return 'has empty brackets "[]": a checkbox is "[ ]" with one space'
  if (/^\[\s*[xX]?\s*\]$/.test(box)) return `has "${box}" without a space after it: write "- [ ] " or "- [x] "`
  return `uses "${box}", which is not a checkbox and not in a status legend: use "[ ]" / "[x]" or define ${box} under a "Status legend" heading`
}

function short(text: string): string {
  return text.length > 80 ? text.slice(0, 77) + '...' : text
}
