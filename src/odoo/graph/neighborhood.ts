import type { AddonsGraph, DependsEdge } from './addons-graph.ts'

/** The addons within `depth` steps of a center, in either direction, and the edges among them. */
export interface Neighborhood {
  center: string
  /** name -> distance from the center (0 for the center). */
  distance: Record<string, number>
  edges: DependsEdge[]
}

/**
 * Breadth-first walk over dependencies and dependents at once, up to `depth` steps.
 * Returns undefined when the graph has no such addon.
 */
export function neighborhood(g: AddonsGraph, center: string, depth: number): Neighborhood | undefined {
  if (!g.addons.has(center)) return undefined
  const distance: Record<string, number> = { [center]: 0 }
  let frontier = [center]
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = []
    for (const name of frontier) {
      for (const e of [...(g.out.get(name) ?? []), ...(g.in.get(name) ?? [])]) {
        const other = e.from === name ? e.to : e.from
        if (distance[other] === undefined) {
          distance[other] = d
          next.push(other)
        }
      }
    }
    frontier = next
  }
  const edges = g.edges.filter((e) => distance[e.from] !== undefined && distance[e.to] !== undefined)
  return { center, distance, edges }
}
