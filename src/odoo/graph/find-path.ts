import type { AddonsGraph, DependsEdge } from './addons-graph.ts'

/**
 * The shortest chain of `depends` edges from `from` to `to` (from needs to, through these),
 * or, when there is none, from `to` to `from`. Undefined when neither needs the other.
 */
export function findPath(g: AddonsGraph, from: string, to: string): DependsEdge[] | undefined {
  return shortest(g, from, to) ?? shortest(g, to, from)
}

function shortest(g: AddonsGraph, from: string, to: string): DependsEdge[] | undefined {
  if (!g.addons.has(from) || !g.addons.has(to)) return undefined
  if (from === to) return []
  const via = new Map<string, DependsEdge>()
  const queue = [from]
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i] ?? ''
    for (const e of g.out.get(n) ?? []) {
      if (e.to === from || via.has(e.to)) continue
      via.set(e.to, e)
      if (e.to === to) {
        const path: DependsEdge[] = []
        for (let cur: string = to; cur !== from;) {
          const edge = via.get(cur)
          if (!edge) break
          path.unshift(edge)
          cur = edge.from
        }
        return path
      }
      queue.push(e.to)
    }
  }
  return undefined
}
