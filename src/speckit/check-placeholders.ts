import type { Nodes, Parents } from 'mdast'
import type { Finding } from '../op/report.ts'
import type { ParsedDoc } from './kit-types.ts'
import { findPlaceholders, templateCommentPattern } from './find-placeholders.ts'
import { makeFinding } from './make-finding.ts'
import { positionAt } from './position-at.ts'
import { walkNodes } from './walk-nodes.ts'

// Slots of the plan template that sit inside its code block.
const codeSlots = /\[REMOVE IF UNUSED\]|\[###-feature(?:-name)?\]|__SPECKIT_COMMAND_[A-Z_]+__/g

/** Reports every template leftover with its exact line and column. */
export function checkPlaceholders(doc: ParsedDoc): Finding[] {
  const findings: Finding[] = []
  const report = (token: string, offset: number, what: string): void => {
    const at = positionAt(doc.lineStarts, offset)
    findings.push(
      makeFinding({
        rule: 'spec-kit/template-placeholder',
        path: doc.path,
        ...at,
        message: `${what} ${token} left from the template: replace it with real content`,
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
  return findings
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
