import type { Finding } from '../op/report.ts'
import type { ParsedDoc, TaskStatus } from './kit-types.ts'
import type { Legend } from './parse-legend.ts'
import { makeFinding } from './make-finding.ts'
import { statusEmoji } from './status-words.ts'

/** What the markers of one task say. */
export interface TaskMarkers {
  stories: number[]
  parallel: boolean
  /** Status from a legend marker in the task text, when there is one. */
  status?: TaskStatus
  marker?: string
  findings: Finding[]
}

/**
 * Reads `[P]` and `[USn]` right after the task ID, and the legend's status markers
 * (emoji or words such as ✅, 🔄, WIP) anywhere on the task's first line.
 */
export function readTaskMarkers(a: {
  doc: ParsedDoc
  text: string
  legend: Legend | undefined
  line: number
  column: number
  label: string
}): TaskMarkers {
  const out: TaskMarkers = { stories: [], parallel: false, findings: [] }
  let rest = a.text.replace(/^\s*[:.\-–—]?\s*/, '')
  for (let m = /^\[([^\]\n]{1,12})\]\s*/.exec(rest); m; m = /^\[([^\]\n]{1,12})\]\s*/.exec(rest)) {
    const token = m[1]!.trim()
    const story = /^US-?(\d+)$/i.exec(token)
    if (story) out.stories.push(Number(story[1]))
    else if (token === 'P') out.parallel = true
    rest = rest.slice(m[0].length)
  }
  if (!a.legend) return out
  const found: { marker: string; status: TaskStatus }[] = []
  for (const { entry, word } of matchersOf(a.legend)) {
    if (word ? word.test(a.text) : a.text.includes(entry.marker)) found.push(entry)
  }
  for (const emoji of statusEmoji) {
    if (a.text.includes(emoji) && !a.legend.entries.some((e) => e.marker.includes(emoji))) {
      out.findings.push(
        makeFinding({
          rule: 'spec-kit/status-marker',
          path: a.doc.path,
          line: a.line,
          column: a.column,
          message: `${a.label} uses the status marker ${emoji}, which the status legend (line ${a.legend.sections[0]!.line}) does not define`,
        }),
      )
    }
  }
  const statuses = new Set(found.map((f) => f.status))
  if (statuses.size > 1) {
    out.findings.push(
      makeFinding({
        rule: 'spec-kit/status-marker',
        path: a.doc.path,
        line: a.line,
        column: a.column,
        message: `${a.label} carries markers of different statuses (${found.map((f) => `${f.marker} ${f.status.replace('_', ' ')}`).join(', ')}): keep one`,
      }),
    )
  }
  if (found[0]) {
    out.status = found[0].status
    out.marker = found[0].marker
  }
  return out
}

// Compiled once per legend, not once per task.
const matchers = new WeakMap<Legend, { entry: Legend['entries'][number]; word?: RegExp }[]>()

function matchersOf(legend: Legend): { entry: Legend['entries'][number]; word?: RegExp }[] {
  let list = matchers.get(legend)
  if (!list) {
    list = legend.entries
      .filter((e) => !e.marker.startsWith('['))
      .map((entry) =>
        /^[A-Z]{2,}$/.test(entry.marker) ? { entry, word: new RegExp(`\\b${entry.marker}\\b`) } : { entry },
      )
    matchers.set(legend, list)
  }
  return list
}
