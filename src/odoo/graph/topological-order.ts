import type { AddonsGraph } from './addons-graph.ts'

/**
 * Orders `names` so every addon comes after the addons of the set it depends on (directly or
 * through addons outside the set); ties go alphabetically. Members of a cycle, which have no
 * valid order, come last in name order rather than being dropped.
 */
export function topologicalOrder(g: AddonsGraph, names: Iterable<string>): string[] {
  const wanted = new Set(names)
  // Depth-first over the whole graph gives, for each wanted addon, the wanted addons it needs.
  const needs = new Map<string, Set<string>>()
  for (const n of wanted) {
    const found = new Set<string>()
    const seen = new Set<string>([n])
    const stack = [n]
    while (stack.length > 0) {
      for (const e of g.out.get(stack.pop() ?? '') ?? []) {
        if (seen.has(e.to)) continue
        seen.add(e.to)
        if (wanted.has(e.to)) found.add(e.to)
        stack.push(e.to)
      }
    }
    needs.set(n, found)
  }
  const order: string[] = []
  const placed = new Set<string>()
  for (;;) {
    const ready = [...wanted]
      .filter((n) => !placed.has(n) && [...(needs.get(n) ?? [])].every((d) => placed.has(d) || d === n))
      .sort()
    if (ready.length === 0) break
    for (const n of ready) {
      order.push(n)
      placed.add(n)
    }
  }
  for (const name of [...wanted].filter((n) => !placed.has(n)).sort()) order.push(name)
  return order
}
