import type { AddonsGraph, DependsEdge, GraphAddon, GraphRepo } from './addons-graph.ts'

/** Input for one addon: what its manifest said, with the position of each `depends` entry. */
export interface AddonDeclaration extends Omit<GraphAddon, 'onDisk' | 'kind'> {
  kind?: GraphAddon['kind']
  depends: { name: string; line: number; column: number }[]
  manifestPath: string
}

/**
 * Builds the graph from declarations. Dependency targets that are not declared become
 * nodes of kind `core` (when `isCore` says so) or `unknown`, so every edge has both ends.
 */
export function buildAddonsGraph(args: {
  repos: readonly GraphRepo[]
  addons: readonly AddonDeclaration[]
  isCore?: (name: string) => boolean
}): AddonsGraph {
  const addons = new Map<string, GraphAddon>()
  const edges: DependsEdge[] = []
  const out = new Map<string, DependsEdge[]>()
  const into = new Map<string, DependsEdge[]>()
  for (const a of args.addons) {
    if (addons.has(a.name)) continue
    addons.set(a.name, {
      name: a.name,
      path: a.path,
      repo: a.repo,
      summary: a.summary,
      version: a.version,
      license: a.license,
      installable: a.installable ?? true,
      onDisk: true,
      kind: a.kind ?? (a.repo ? 'repo' : 'custom'),
    })
  }
  for (const a of args.addons) {
    if (out.has(a.name)) continue
    const list: DependsEdge[] = []
    for (const d of a.depends) {
      if (list.some((e) => e.to === d.name)) continue
      const edge = { from: a.name, to: d.name, evidence: { file: a.manifestPath, line: d.line, column: d.column } }
      list.push(edge)
      edges.push(edge)
      if (!addons.has(d.name))
        addons.set(d.name, {
          name: d.name,
          path: '',
          summary: '',
          onDisk: false,
          kind: args.isCore?.(d.name) ? 'core' : 'unknown',
        })
      const back = into.get(d.name) ?? []
      back.push(edge)
      into.set(d.name, back)
    }
    out.set(a.name, list)
  }
  return { repos: [...args.repos], addons, edges, out, in: into }
}
