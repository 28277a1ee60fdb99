import type { AddonsGraph } from './addons-graph.ts'

/** Every addon that depends on `name`, directly or through others (not `name` itself). */
export function transitiveDependents(g: AddonsGraph, name: string): Set<string> {
  return walk(name, (n) => (g.in.get(n) ?? []).map((e) => e.from))
}

/** Every addon `name` needs, directly or through others (not `name` itself). */
export function transitiveDependencies(g: AddonsGraph, name: string): Set<string> {
  return walk(name, (n) => (g.out.get(n) ?? []).map((e) => e.to))
}

function walk(start: string, next: (name: string) => string[]): Set<string> {
  const seen = new Set<string>()
  const stack = [start]
  while (stack.length > 0) {
    for (const n of next(stack.pop() ?? '')) {
      if (n !== start && !seen.has(n)) {
        seen.add(n)
        stack.push(n)
      }
    }
  }
  return seen
}
