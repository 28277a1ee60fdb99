/** Where a dependency is declared: the manifest and the line of the `depends` entry. */
export interface EdgeEvidence {
  file: string
  line: number
  column: number
}

/** `from` lists `to` in its `depends`. */
export interface DependsEdge {
  from: string
  to: string
  evidence: EdgeEvidence
}

/** An addon as the graph knows it. `repo` is the listed repo (`OCA/queue`) or undefined for the project's own. */
export interface GraphAddon {
  name: string
  path: string
  repo?: string
  summary: string
  version?: string
  license?: string
  /** `installable` of the manifest (Odoo's default True); undefined for names not on disk. */
  installable?: boolean
  /** False for names that are only known as a dependency target (core, missing). */
  onDisk: boolean
  /** `core` for Odoo core addons referenced by some manifest. */
  kind: 'custom' | 'repo' | 'core' | 'unknown'
}

/** A repository of addons (listed in the catalog, or the project's own tree as `.`). */
export interface GraphRepo {
  name: string
  path: string
  branch?: string
  addons: string[]
}

/** The addons graph: nodes, `depends` edges with evidence, and both adjacency directions. */
export interface AddonsGraph {
  repos: GraphRepo[]
  addons: Map<string, GraphAddon>
  edges: DependsEdge[]
  /** name -> edges where it is `from` (what it depends on), in declaration order. */
  out: Map<string, DependsEdge[]>
  /** name -> edges where it is `to` (who depends on it). */
  in: Map<string, DependsEdge[]>
}
