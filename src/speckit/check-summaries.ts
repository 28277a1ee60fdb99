import type { Finding } from '../op/report.ts'
import type { ParsedDoc, Task, TaskStatus } from './kit-types.ts'
import { countTasks, type TaskCounts } from './count-tasks.ts'
import { phaseIndex, type PhaseSection } from './extract-phases.ts'
import { makeFinding } from './make-finding.ts'
import { visibleLines } from './visible-lines.ts'

/** A figure a document states about the tasks. */
interface Claim {
  /** Phase key, or undefined for the whole tasks file. */
  phase?: string
  /** A total that always speaks for the whole file, wherever it is written. */
  wholeFile?: boolean
  total?: number
  done?: number
  percent?: number
  /** A count of tasks in one state other than done ("In Progress: 3", "⏭️ Skipped: 2"). */
  state?: { status: Exclude<TaskStatus, 'done'>; count: number }
  column: number
}

const stateWords: [RegExp, Exclude<TaskStatus, 'done'>][] = [
  [/^in[ -]progress|^wip/i, 'in_progress'],
  [/^blocked|^on hold/i, 'blocked'],
  [/^pending|^todo|^to do|^not started|^remaining/i, 'todo'],
  [/^skipped|^cancell?ed/i, 'skipped'],
]

const KEY = String.raw`(\d+(?:\.\d+)*|[A-Z])`
const NUM = String.raw`(\d+(?:\.\d+)?)`
const patterns: { re: RegExp; read: (m: RegExpExecArray) => Omit<Claim, 'column'>; wholeFile?: boolean }[] = [
  // "Phase 1: 50% (2/4 complete)", "Phase 2 - 75% (3/4)"
  {
    re: new RegExp(String.raw`\bphase\s+${KEY}\b[^%\n]*?${NUM}\s*%\s*\(\s*(\d+)\s*(?:/|of)\s*(\d+)`, 'gi'),
    read: (m) => ({ phase: m[1], percent: Number(m[2]), done: Number(m[3]), total: Number(m[4]) }),
  },
  // "Phase 1: 2/4 complete", "Phase 3: 1 of 5 tasks done"
  {
    re: new RegExp(
      String.raw`\bphase\s+${KEY}\b[^%/\n]*?\(?\s*(\d+)\s*(?:/|of)\s*(\d+)\s*(?:tasks?\s+)?(?:complete|completed|done)\b`,
      'gi',
    ),
    read: (m) => ({ phase: m[1], done: Number(m[2]), total: Number(m[3]) }),
  },
  // "Phase 2: 75% complete"
  {
    re: new RegExp(
      String.raw`\bphase\s+${KEY}\b[^%(\n]*?[:\-–—]\s*${NUM}\s*%\s*(?:complete|completed|done)\b(?!\s*\()`,
      'gi',
    ),
    read: (m) => ({ phase: m[1], percent: Number(m[2]) }),
  },
  // "Total Tasks: 32", "Total number of tasks: 32", "Tasks total: 32", "32 tasks in total"
  {
    re: /\btotal\s+(?:number\s+of\s+)?tasks?\s*[:=]?\s*(\d+)\b|\btasks?\s+total\s*[:=]?\s*(\d+)\b|\b(\d+)\s+tasks?\s+in\s+total\b/gi,
    read: (m) => ({ total: Number(m[1] ?? m[2] ?? m[3]) }),
    wholeFile: true,
  },
  // "Progress: 31% (10/32)", "Overall progress: 31%", "Overall: 22% Complete (2/9 tasks)"
  {
    re: new RegExp(
      String.raw`\b(?:overall(?:\s+progress)?|total\s+progress|progress)\s*:\s*${NUM}\s*%(?:\s*(?:complete|completed|done))?(?:\s*\(\s*(\d+)\s*(?:/|of)\s*(\d+)[^)\n]*\))?`,
      'gi',
    ),
    read: (m) => ({
      percent: Number(m[1]),
      done: m[2] ? Number(m[2]) : undefined,
      total: m[3] ? Number(m[3]) : undefined,
    }),
  },
  // "- ✅ Complete: 5 (16%)", "Complete: 5" (the done count of a status breakdown)
  {
    re: new RegExp(String.raw`(?:^|[\s|(])complete\s*:\s*(\d+)(?:\s*\(\s*${NUM}\s*%\s*\))?`, 'gi'),
    read: (m) => ({ done: Number(m[1]), percent: m[2] ? Number(m[2]) : undefined }),
  },
  // "🚧 In Progress: 3", "Blocked: 1", "Not started: 4", "⏭️ Skipped: 2"
  {
    re: /(?:^|[\s|(])(in[ -]progress|wip|blocked|on hold|pending|todo|to do|not started|remaining|skipped|cancell?ed)(?:\s+tasks?)?\s*:\s*(\d+)\b(?!\s*[%/])/gi,
    read: (m) => ({ state: { status: stateWords.find(([re]) => re.test(m[1]!))![1], count: Number(m[2]) } }),
  },
  // "Completed: 10/32", "Done tasks: 10", "10 of 32 tasks complete"
  {
    re: /\b(?:completed|done)(?:\s+tasks?)?\s*:\s*(\d+)(?:\s*(?:\/|of)\s*(\d+))?|\b(\d+)\s+of\s+(\d+)\s+tasks?\s+(?:are\s+)?(?:complete|completed|done)\b/gi,
    read: (m) => ({ done: Number(m[1] ?? m[3]), total: (m[2] ?? m[4]) ? Number(m[2] ?? m[4]) : undefined }),
  },
]

/**
 * Compares every stated total or progress figure ("Total Tasks: 32", "Phase 1: 50%
 * (2/4 complete)") with the tasks actually counted in the kit's tasks file, and reports
 * each disagreement with both numbers. A progress line inside a phase section speaks
 * for that phase.
 */
export function checkSummaries(a: {
  doc: ParsedDoc
  tasksDoc: ParsedDoc
  tasks: readonly Task[]
  phases: readonly PhaseSection[]
}): Finding[] {
  const findings: Finding[] = []
  const sameDoc = a.doc === a.tasksDoc
  const taskLines = new Set(sameDoc ? a.tasks.map((t) => t.line) : [])
  const phaseKeys = new Set(a.phases.map((p) => p.key))
  const phaseAt = phaseIndex(a.phases, a.tasksDoc.lineStarts.length)
  // counted once per scope: a file may state thousands of figures
  const counts = new Map<string | undefined, TaskCounts>()
  const countFor = (key: string | undefined): TaskCounts => {
    let c = counts.get(key)
    if (!c) counts.set(key, (c = countTasks(key === undefined ? a.tasks : a.tasks.filter((t) => t.phase === key))))
    return c
  }
  for (const { line, text } of visibleLines(a.doc)) {
    if (taskLines.has(line)) continue
    const claims: Claim[] = []
    const taken: [number, number][] = []
    for (const p of patterns) {
      for (const m of text.matchAll(p.re)) {
        const span: [number, number] = [m.index, m.index + m[0].length]
        if (taken.some(([s, e]) => span[0] < e && s < span[1])) continue
        taken.push(span)
        // "40-45 tasks", "~40 tasks", "40+ tasks" are estimates, not counts
        if (
          /^\s*(?:[-–]\s*\d|\+)/.test(text.slice(span[1])) ||
          /[~≈]\s*$/.test(text.slice(0, m.index + m[0].search(/\d/)))
        )
          continue
        const claim: Claim = { ...p.read(m), wholeFile: p.wholeFile, column: m.index + 1 }
        // "Skipped: 12" in a list of test results speaks of tests, not tasks
        if (
          (claim.state || p === patterns[5] || p === patterns[7]) &&
          /\btests?\b/i.test(text) &&
          !/\btasks?\b/i.test(text)
        )
          continue
        claims.push(claim)
      }
    }
    for (const claim of claims) {
      const inPhase = claim.phase === undefined && !claim.wholeFile && sameDoc ? phaseAt(line) : undefined
      // a heading line "Phase 1: Setup" is the phase itself, not a claim inside it
      const phaseKey = claim.phase ?? (inPhase && inPhase.line !== line ? inPhase.key : undefined)
      const scope = phaseKey === undefined ? `${a.tasksDoc.path}` : `phase ${phaseKey} of ${a.tasksDoc.path}`
      if (phaseKey !== undefined && !phaseKeys.has(phaseKey)) {
        findings.push(
          makeFinding({
            rule: 'spec-kit/summary-mismatch',
            path: a.doc.path,
            line,
            column: claim.column,
            message: `states progress for phase ${phaseKey}, but ${a.tasksDoc.path} has no phase ${phaseKey}`,
          }),
        )
        continue
      }
      const counted = countFor(phaseKey)
      const problem = compare(claim, counted)
      if (problem) {
        findings.push(
          makeFinding({
            rule: 'spec-kit/summary-mismatch',
            path: a.doc.path,
            line,
            column: claim.column,
            message: `states ${describe(claim)}, but ${scope} counts ${describeCounted(claim, counted)}: update the figure`,
            properties: {
              stated: strip(claim),
              counted: { done: counted.done, total: counted.total, percent: Math.round(counted.percent) },
            },
          }),
        )
      }
    }
  }
  return findings
}

function compare(claim: Claim, counted: TaskCounts): boolean {
  if (claim.state && claim.state.count !== countOf(counted, claim.state.status)) return true
  if (claim.total !== undefined && claim.total !== counted.total) return true
  if (claim.done !== undefined && claim.done !== counted.done) return true
  // stated percentages are rounded one way or the other: allow less than one point
  if (claim.percent !== undefined && Math.abs(claim.percent - counted.percent) >= 1) return true
  return false
}

function countOf(c: TaskCounts, status: Exclude<TaskStatus, 'done'>): number {
  return status === 'in_progress' ? c.inProgress : c[status]
}

function describe(c: Claim): string {
  if (c.state) return `${c.state.count} ${c.state.status.replace('_', ' ')}`
  const pct = c.percent !== undefined ? `${Math.round(c.percent * 10) / 10}%` : undefined
  if (c.done !== undefined && c.total !== undefined) return `${c.done}/${c.total} done${pct ? ` (${pct})` : ''}`
  if (c.done !== undefined) return `${c.done} done${pct ? ` (${pct})` : ''}`
  if (c.total !== undefined && pct === undefined) return `${c.total} tasks`
  if (c.total !== undefined) return `${c.total} tasks, ${pct} done`
  return `${pct} done`
}

/** The counted figures in the same shape as the claim, so both numbers read side by side. */
function describeCounted(claim: Claim, counted: TaskCounts): string {
  if (claim.state) return `${countOf(counted, claim.state.status)} ${claim.state.status.replace('_', ' ')}`
  if (claim.done === undefined && claim.percent === undefined) return `${counted.total} tasks`
  return describe({ done: counted.done, total: counted.total, percent: counted.percent, column: 0 })
}

function strip(c: Claim): Record<string, number | string | boolean> {
  const out: Record<string, number | string | boolean> = {}
  for (const [k, v] of Object.entries(c))
    if (v !== undefined && k !== 'column' && k !== 'wholeFile' && k !== 'state') out[k] = v
  if (c.state) out[c.state.status] = c.state.count
  return out
}
