import type { AddonsGraph } from './addons-graph.ts'
import { findPath } from './find-path.ts'
import { neighborhood } from './neighborhood.ts'
import { topRelated, type RelatedAddon } from './top-related.ts'
import { transitiveDependencies, transitiveDependents } from './transitive.ts'

/** JSON view of the graph around one addon, as `manifest graph` prints it. */
export interface GraphView {
  center: string
  depth: number
  nodes: {
    name: string
    repo: string | null
    path: string
    kind: string
    version: string | null
    license: string | null
    summary: string
    distance: number
  }[]
  edges: { from: string; to: string; file: string; line: number }[]
  dependencies: string[]
  dependents: string[]
  related: RelatedAddon[]
  path: { to: string; edges: { from: string; to: string; file: string; line: number }[] | null } | null
}

/** Everything `manifest graph` shows about `center`, or undefined when the graph has no such addon. */
export function describeNeighborhood(args: {
  graph: AddonsGraph
  center: string
  depth: number
  to?: string
}): GraphView | undefined {
  const g = args.graph
  const near = neighborhood(g, args.center, args.depth)
  if (!near) return undefined
  const edge = (e: {
    from: string
    to: string
    evidence: { file: string; line: number }
  }): GraphView['edges'][number] => ({ from: e.from, to: e.to, file: e.evidence.file, line: e.evidence.line })
  const nodes = Object.entries(near.distance)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .map(([name, distance]) => {
      const a = g.addons.get(name)
      return {
        name,
        repo: a?.repo ?? null,
        path: a?.path ?? '',
        kind: a?.kind ?? 'unknown',
        version: a?.version ?? null,
        license: a?.license ?? null,
        summary: a?.summary ?? '',
        distance,
      }
    })
  const path = args.to ? { to: args.to, edges: findPath(g, args.center, args.to)?.map(edge) ?? null } : null
  return {
    center: args.center,
    depth: args.depth,
    nodes,
    edges: near.edges.map(edge),
    dependencies: [...transitiveDependencies(g, args.center)].sort(),
    dependents: [...transitiveDependents(g, args.center)].sort(),
    related: topRelated(g, args.center, 5),
    path,
  }
}

/** True for a report's `data` that is a GraphView (the renderers' input check). */
export function isGraphView(x: unknown): x is GraphView {
  return (
    typeof x === 'object' &&
    x !== null &&
    'center' in x &&
    'nodes' in x &&
    'edges' in x &&
    Array.isArray(x.nodes) &&
    Array.isArray(x.edges)
  )
}
