import type { Nodes } from 'mdast'

/** Plain text of a node and its children (what a reader sees, markup removed). */
export function nodeText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value
  if ('children' in node) {
    let out = ''
    for (const child of node.children) out += nodeText(child)
    return out
  }
  return ''
}
