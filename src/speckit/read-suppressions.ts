import type { Finding } from '../op/report.ts'
import type { ParsedDoc } from './kit-types.ts'
import { walkNodes } from './walk-nodes.ts'

/** Rules switched off in one file: for the whole file, or for single lines. `*` means every rule. */
export interface Suppressions {
  file: Set<string>
  lines: Map<number, Set<string>>
}

const directive = /<!--\s*oda-ignore-(next-line|file)\b([^>]*?)-->/g

/**
 * Reads inline suppressions, in the style of markdownlint's disable comments:
 * `<!-- oda-ignore-next-line spec-kit/template-placeholder -->` silences the rules listed
 * (all spec-kit rules when none is) on the next non-blank line; `<!-- oda-ignore-file ... -->`
 * on the whole file.
 */
export function readSuppressions(doc: ParsedDoc): Suppressions {
  const out: Suppressions = { file: new Set(), lines: new Map() }
  walkNodes(doc.tree, (node) => {
    if (node.type !== 'html' || !node.position) return
    for (const m of node.value.matchAll(directive)) {
      const rules = m[2]!.split(/[\s,]+/).filter(Boolean)
      const set = new Set(rules.length > 0 ? rules : ['*'])
      if (m[1] === 'file') {
        for (const r of set) out.file.add(r)
        continue
      }
      const line = nextContentLine(doc, node.position.end.line + 1)
      out.lines.set(line, new Set([...(out.lines.get(line) ?? []), ...set]))
    }
  })
  return out
}

/** True when a suppression of the finding's file covers its rule and line. */
export function isSuppressed(f: Finding, s: Suppressions | undefined): boolean {
  if (!s) return false
  const covers = (set: Set<string> | undefined): boolean => !!set && (set.has('*') || set.has(f.ruleId))
  return covers(s.file) || covers(s.lines.get(f.line))
}

function nextContentLine(doc: ParsedDoc, from: number): number {
  let line = from
  while (line <= doc.lineStarts.length) {
    const start = doc.lineStarts[line - 1]!
    const end = line < doc.lineStarts.length ? doc.lineStarts[line]! : doc.text.length
    if (doc.text.slice(start, end).trim() !== '') return line
    line++
  }
  return from
}
