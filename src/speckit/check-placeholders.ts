import type { Nodes, Parents } from 'mdast'
import type { Finding } from '../op/report.ts'
import type { ParsedDoc } from './kit-types.ts'
import { findPlaceholders, templateCommentPattern } from './find-placeholders.ts'
import { makeFinding } from './make-finding.ts'
import { positionAt } from './position-at.ts'
import { walkNodes } from './walk-nodes.ts'

// Slots of the plan template that sit inside its code block.
const codeSlots = /\[REMOVE IF UNUSED\]|\[###-feature(?:-name)?\]|__SPECKIT_COMMAND_[A-Z_]+__/g

// Past this many leftovers a file is an unfilled template: one finding says so, with the count.
const MAX_SINGLE = 3

/**
 * Reports template leftovers with their exact line and column; a file with more than three
 * gets one finding with the count and where they are. Template guidance comments
 * (`<!-- ACTION REQUIRED ... -->`) hide nothing from readers: they are notices.
 */
export function checkPlaceholders(doc: ParsedDoc): Finding[] {
  const slots: { token: string; line: number; column: number }[] = []
  const comments: Finding[] = []
  const report = (token: string, offset: number, what: string): void => {
    const at = positionAt(doc.lineStarts, offset)
    if (what === 'placeholder') return void slots.push({ token, ...at })
    comments.push(
      makeFinding({
        rule: 'spec-kit/template-placeholder',
        level: 'notice',
        path: doc.path,
        ...at,
        message: `${what} ${token} left from the template: remove the comment once the section is written`,
        properties: { token },
      }),
    )
  }
  walkNodes(doc.tree, (node, ancestors) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (node.type === 'text' || node.type === 'inlineCode') {
      const raw = doc.text.slice(start, end)
      // escapes and entities make the value differ from the source: fall back to the node start
      const base = node.type === 'text' && raw === node.value ? start : undefined
      // in inline code a slot counts only as a field's whole value ("**Branch**: `[###-feature-name]`"),
      // not when prose quotes a pattern or code (`arr[INDEX]`)
      const slotValue =
        node.type === 'inlineCode' &&
        /^\[[^\]]+\]$/.test(node.value.trim()) &&
        isFieldValue(node, ancestors[ancestors.length - 1])
      const hits = findPlaceholders(node.value).filter(
        (h) => node.type === 'text' || slotValue || !h.token.startsWith('['),
      )
      for (const hit of hits) {
        const offset =
          base !== undefined ? base + hit.index : node.type === 'inlineCode' ? rawIndex(raw, hit.token, start) : start
        report(hit.token, offset, 'placeholder')
      }
    } else if (node.type === 'code') {
      const raw = doc.text.slice(start, end)
      for (const m of raw.matchAll(codeSlots)) report(m[0], start + m.index, 'placeholder')
    } else if (node.type === 'html') {
      const m = templateCommentPattern.exec(node.value)
      if (m && node.value.trimStart().startsWith('<!--')) report(`"${m[0]}"`, start, 'template comment with')
    }
  })
  return [...slotFindings(doc.path, slots), ...comments].sort(
    (a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
  )
}

function slotFindings(path: string, slots: readonly { token: string; line: number; column: number }[]): Finding[] {
  if (slots.length <= MAX_SINGLE)
    return slots.map((s) =>
      makeFinding({
        rule: 'spec-kit/template-placeholder',
        path,
        line: s.line,
        column: s.column,
        message: `placeholder ${s.token} left from the template: replace it with real content`,
        properties: { token: s.token },
      }),
    )
  const first = slots[0]!
  const shown = slots
    .slice(0, 5)
    .map((s) => `${s.token.length > 40 ? s.token.slice(0, 37) + '...]' : s.token} at ${s.line}:${s.column}`)
  return [
    makeFinding({
      rule: 'spec-kit/template-placeholder',
      path,
      line: first.line,
      column: first.column,
      message: `${slots.length} template placeholders are left in ${path} (${shown.join(', ')}${slots.length > 5 ? ', ...' : ''}): the file is still the template; fill it in`,
      properties: { count: slots.length, lines: [...new Set(slots.map((s) => s.line))].slice(0, 100) },
    }),
  ]
}

/** True when `node` directly follows a bold label (`**Label**:`) at the start of its paragraph. */
function isFieldValue(node: Nodes, parent: Parents | undefined): boolean {
  if (!parent || parent.type !== 'paragraph') return false
  const i = parent.children.findIndex((c) => c === node)
  const before = parent.children.slice(0, i)
  return (
    before.length > 0 &&
    before[0]!.type === 'strong' &&
    before.slice(1).every((n) => n.type === 'text' && /^[\s:]*$/.test(n.value))
  )
}

function rawIndex(raw: string, token: string, start: number): number {
  const i = raw.indexOf(token)
  return i >= 0 ? start + i : start
}
