import type { AddonsGraph, DependsEdge } from './addons-graph.ts'

/**
 * Every dependency cycle, one per strongly connected component (Tarjan), each given as the
 * edges of one concrete loop starting at the component's alphabetically first addon.
 */
export function findCycles(g: AddonsGraph): DependsEdge[][] {
  let index = 0
  const idx = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const components: string[][] = []
  // Iterative Tarjan: a 1,000-addon chain must not hit the call stack limit.
  for (const root of [...g.out.keys()].sort()) {
    if (idx.has(root)) continue
    const work: { n: string; i: number }[] = [{ n: root, i: 0 }]
    idx.set(root, index)
    low.set(root, index++)
    stack.push(root)
    onStack.add(root)
    while (work.length > 0) {
      const top = work[work.length - 1]
      if (!top) break
      const edges = g.out.get(top.n) ?? []
      if (top.i < edges.length) {
        const to = edges[top.i++]?.to ?? ''
        if (!idx.has(to)) {
          idx.set(to, index)
          low.set(to, index++)
          stack.push(to)
          onStack.add(to)
          work.push({ n: to, i: 0 })
        } else if (onStack.has(to)) low.set(top.n, Math.min(low.get(top.n) ?? 0, idx.get(to) ?? 0))
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low.set(parent.n, Math.min(low.get(parent.n) ?? 0, low.get(top.n) ?? 0))
      if (low.get(top.n) === idx.get(top.n)) {
        const comp: string[] = []
        for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
          onStack.delete(w)
          comp.push(w)
          if (w === top.n) break
        }
        const selfLoop = comp.length === 1 && (g.out.get(top.n) ?? []).some((e) => e.to === top.n)
        if (comp.length > 1 || selfLoop) components.push(comp)
      }
    }
  }
  return components
    .map((c) => loopThrough(g, new Set(c)))
    .sort((a, b) => (a[0]?.from ?? '').localeCompare(b[0]?.from ?? ''))
}

/** One loop inside a strongly connected component: the shortest way from its first addon back to itself. */
function loopThrough(g: AddonsGraph, comp: Set<string>): DependsEdge[] {
  const start = [...comp].sort()[0] ?? ''
  const via = new Map<string, DependsEdge>()
  const queue = [start]
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i] ?? ''
    for (const e of g.out.get(n) ?? []) {
      if (!comp.has(e.to)) continue
      if (e.to === start) {
        const path = [e]
        for (let cur = n; cur !== start;) {
          const edge = via.get(cur)
          if (!edge) break
          path.unshift(edge)
          cur = edge.from
        }
        return path
      }
      if (!via.has(e.to)) {
        via.set(e.to, e)
        queue.push(e.to)
      }
    }
  }
  return []
}
