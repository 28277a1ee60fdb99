import type { AddonsGraph } from './addons-graph.ts'
import { topologicalOrder } from './topological-order.ts'

/** One addon Odoo CI must test, and why. */
export interface AffectedAddon {
  addon: string
  path: string
  repo: string | null
  /** `listed`: newly added to the catalog's modules, so CI must now install it. */
  reason: 'changed' | 'listed' | 'dependent'
  /** Number of changed files inside the addon (0 for dependents). */
  files: number
  /** For a dependent: the changed addons it (transitively) depends on. */
  via: string[]
}

/**
 * Addons whose folder holds a changed file or that were newly listed in the catalog, plus every
 * addon in `scope` that depends on one of them directly or transitively, in topological order
 * (dependencies first).
 */
export function affectedAddons(args: {
  graph: AddonsGraph
  changedFiles: readonly string[]
  addonDirs: readonly { name: string; dir: string }[]
  scope: ReadonlySet<string>
  newlyListed?: readonly string[]
}): AffectedAddon[] {
  const { graph } = args
  const files = new Map<string, number>()
  for (const f of args.changedFiles) {
    const hit = args.addonDirs.find((a) => f === a.dir || f.startsWith(a.dir + '/'))
    if (hit) files.set(hit.name, (files.get(hit.name) ?? 0) + 1)
  }
  const listed = new Set(
    (args.newlyListed ?? []).filter((n) => !files.has(n) && args.addonDirs.some((a) => a.name === n)),
  )
  for (const n of listed) files.set(n, 0)
  const via = new Map<string, Set<string>>()
  for (const changed of files.keys()) {
    const stack = [changed]
    const seen = new Set<string>([changed])
    while (stack.length > 0) {
      for (const e of graph.in.get(stack.pop() ?? '') ?? []) {
        if (seen.has(e.from)) continue
        seen.add(e.from)
        stack.push(e.from)
        if (!files.has(e.from)) via.set(e.from, (via.get(e.from) ?? new Set()).add(changed))
      }
    }
  }
  const names = [...files.keys(), ...via.keys()].filter((n) => args.scope.has(n) || files.has(n))
  return topologicalOrder(graph, names).map((name) => {
    const node = graph.addons.get(name)
    // An addon whose manifest does not parse has no graph path: its folder still locates it.
    const path = node?.path || args.addonDirs.find((a) => a.name === name)?.dir || ''
    return {
      addon: name,
      path,
      repo: node?.repo ?? null,
      reason: listed.has(name) ? 'listed' : files.has(name) ? 'changed' : 'dependent',
      files: files.get(name) ?? 0,
      via: [...(via.get(name) ?? [])].sort(),
    }
  })
}
