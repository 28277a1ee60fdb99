import { parseDocument } from 'yaml'
import type { Finding } from '../op/report.ts'
import type { DocRole, ParsedDoc } from './kit-types.ts'
import { lineStartsOf } from './position-at.ts'
import { makeFinding } from './make-finding.ts'
import { parseMarkdownTree } from './markdown-tree.ts'

/** A parsed document plus problems found while parsing (front matter). */
export interface ParseResult {
  doc: ParsedDoc
  findings: Finding[]
}

const FRONT_MATTER_MAX_LINES = 200

/**
 * Parses markdown (CommonMark + GitHub task lists, tables, strikethrough) into an mdast tree with
 * positions. YAML front matter (as Spec Kit's tasks template has) is validated and
 * blanked out first, keeping line numbers, so it is not mistaken for a heading.
 */
export function parseMarkdown(args: { path: string; role: DocRole; text: string }): ParseResult {
  const { path, role } = args
  const findings: Finding[] = []
  let text = args.text.startsWith('\uFEFF') ? args.text.slice(1) : args.text
  const fm = findFrontMatter(text)
  if (fm) {
    const yamlText = text.slice(fm.bodyStart, fm.bodyEnd)
    const parsed = parseDocument(yamlText, { prettyErrors: false })
    for (const error of parsed.errors.slice(0, 1)) {
      const line = (error.linePos?.[0].line ?? 1) + 1
      findings.push(
        makeFinding({
          rule: 'spec-kit/invalid-markdown',
          path,
          line,
          column: error.linePos?.[0].col,
          message: `front matter is not valid YAML: ${firstLine(error.message)}`,
        }),
      )
    }
    text = text.slice(0, fm.end).replace(/[^\n]/g, ' ') + text.slice(fm.end)
  }
  const lineStarts = lineStartsOf(text)
  const tree = parseMarkdownTree(text, lineStarts)
  return { doc: { path, role, text, lineStarts, tree }, findings }
}

/** Bounds of a `---` ... `---` block at the very top, or undefined. */
function findFrontMatter(text: string): { bodyStart: number; bodyEnd: number; end: number } | undefined {
  const open = /^---[ \t]*\r?\n/.exec(text)
  if (!open) return undefined
  let pos = open[0].length
  for (let n = 0; n < FRONT_MATTER_MAX_LINES && pos <= text.length; n++) {
    const nl = text.indexOf('\n', pos)
    const lineEnd = nl < 0 ? text.length : nl
    const line = text.slice(pos, lineEnd).replace(/\r$/, '')
    if (line === '---' || line === '...') return { bodyStart: open[0].length, bodyEnd: pos, end: lineEnd }
    if (nl < 0) return undefined
    pos = nl + 1
  }
  return undefined
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s
}
