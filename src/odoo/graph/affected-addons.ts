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
  /** For a dependent: the changed (or removed) addons it (transitively) depends on. */
  via: string[]
}

/** What a change affects: the addons to test, and the affected ones Odoo would not install. */
export interface AffectedSelection {
  affected: AffectedAddon[]
  /** Changed or dependent addons with `installable: False`: Odoo cannot install them, so CI leaves them out. */
  notInstallable: string[]
}

/**
 * Addons whose folder holds a changed file or that were newly listed in the catalog, plus every
 * addon in `scope` that depends on one of them (or on a `removed` addon) directly or
 * transitively, in topological order (dependencies first). Addons that are not installable
 * are left out of `affected` and named in `notInstallable`.
 */
export function affectedAddons(args: {
  graph: AddonsGraph
  changedFiles: readonly string[]
  addonDirs: readonly { name: string; dir: string }[]
  scope: ReadonlySet<string>
  newlyListed?: readonly string[]
  /** Addons the change deleted: not tested themselves, but whatever still depends on them is. */
  removed?: readonly string[]
}): AffectedSelection {
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
  const removed = (args.removed ?? []).filter((n) => !files.has(n))
  const via = new Map<string, Set<string>>()
  for (const changed of [...files.keys(), ...removed]) {
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
  const installable = (n: string): boolean => graph.addons.get(n)?.installable !== false
  const affected = topologicalOrder(graph, names.filter(installable)).map((name) => {
    const node = graph.addons.get(name)
    // An addon whose manifest does not parse has no graph path: its folder still locates it.
    const path = node?.path || args.addonDirs.find((a) => a.name === name)?.dir || ''
    return {
      addon: name,
      path,
      repo: node?.repo ?? null,
      reason: listed.has(name) ? ('listed' as const) : files.has(name) ? ('changed' as const) : ('dependent' as const),
      files: files.get(name) ?? 0,
      via: [...(via.get(name) ?? [])].sort(),
    }
  })
  return { affected, notInstallable: names.filter((n) => !installable(n)).sort() }
}
