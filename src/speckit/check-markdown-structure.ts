import type { Finding } from '../op/report.ts'
import type { ParsedDoc } from './kit-types.ts'
import { makeFinding } from './make-finding.ts'
import { walkNodes } from './walk-nodes.ts'

/**
 * Markdown accepts any text, so "invalid" means constructs that silently swallow the
 * rest of the file: a code fence or an HTML comment that is never closed.
 */
export function checkMarkdownStructure(doc: ParsedDoc): Finding[] {
  const findings: Finding[] = []
  walkNodes(doc.tree, (node) => {
    const pos = node.position
    if (!pos) return
    if (node.type === 'html' && node.value.trimStart().startsWith('<!--') && !node.value.includes('-->')) {
      findings.push(
        makeFinding({
          rule: 'spec-kit/invalid-markdown',
          path: doc.path,
          line: pos.start.line,
          column: pos.start.column,
          message: `HTML comment opened at line ${pos.start.line} is never closed with -->: everything after it is hidden`,
        }),
      )
    }
    if (node.type === 'code' && !isClosedFence(doc, pos.start.offset ?? 0, pos.end.offset ?? 0)) {
      findings.push(
        makeFinding({
          rule: 'spec-kit/invalid-markdown',
          path: doc.path,
          line: pos.start.line,
          column: pos.start.column,
          message: `code fence opened at line ${pos.start.line} is never closed: the rest of the file is read as code`,
        }),
      )
    }
  })
  return findings
}

/** True for indented code and for fences whose closing line matches the opening one. */
function isClosedFence(doc: ParsedDoc, start: number, end: number): boolean {
  const raw = doc.text.slice(start, end)
  const open = /^[ \t>]*(`{3,}|~{3,})/.exec(raw)
  if (!open) return true
  const fence = open[1]!
  const lines = raw.split(/\r?\n/)
  if (lines.length < 2) return false
  // fences inside blockquotes and list items carry their container's prefix
  const last = lines[lines.length - 1]!.replace(/^[\s>]*/, '').trim()
  return last.length >= fence.length && last === fence[0]!.repeat(last.length)
}
