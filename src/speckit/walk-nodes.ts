import type { Nodes, Parents } from 'mdast'

/**
 * Visits every node depth-first in document order with its ancestors (root first).
 * Returning false from `visit` skips the node's children.
 */
export function walkNodes(root: Nodes, visit: (node: Nodes, ancestors: readonly Parents[]) => boolean | void): void {
  const ancestors: Parents[] = []
  const go = (node: Nodes): void => {
    if (visit(node, ancestors) === false) return
    if ('children' in node) {
      ancestors.push(node)
      for (const child of node.children) go(child)
      ancestors.pop()
    }
  }
  go(root)
}
