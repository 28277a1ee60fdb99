import type { RepoAddon } from './list-repo-addons.ts'

export interface ModuleSelection {
  /** Modules whose tests run, in a stable order. */
  selected: string[]
  /** Modules installed first without tests: dependencies of the selection that are not selected. */
  installFirst: string[]
  /** Why this selection, for the summary. */
  reason: string
}

export interface SelectModulesInput {
  select: 'affected' | 'all' | 'explicit'
  explicit: readonly string[]
  exclude: readonly string[]
  addons: ReadonlyMap<string, RepoAddon>
  /** Changed files of the PR, relative to the repository root; undefined outside a PR. */
  changedFiles?: readonly string[]
  /** The addons graph's answer for `changedFiles`, when the checkout has a graph; else folders decide. */
  graphAffected?: (changedFiles: readonly string[]) => { changed: string[]; dependents: string[] }
}

/**
 * Chooses the modules to test. `affected` takes the addons a changed file lies in plus every
 * repository addon that depends on them (directly or not), as a change can break dependents.
 * Without changed files (a push, a manual run) `affected` means all.
 */
export function selectModules(i: SelectModulesInput): ModuleSelection {
  const usable = [...i.addons.values()].filter((a) => a.installable && !i.exclude.includes(a.name))
  let selected: string[]
  let reason: string
  if (i.select === 'explicit') {
    selected = i.explicit.filter((m) => !i.exclude.includes(m))
    reason = 'modules listed explicitly'
  } else if (i.select === 'all' || i.changedFiles === undefined) {
    selected = usable.filter((a) => a.own !== false).map((a) => a.name)
    reason = i.select === 'all' ? 'all addons of the repository' : 'all addons (no changed files known)'
  } else {
    const graph = i.graphAffected?.(i.changedFiles)
    const keep = (names: string[]): string[] =>
      names.filter((n) => !i.exclude.includes(n) && i.addons.get(n)?.installable !== false)
    const changed = graph
      ? keep(graph.changed)
      : usable.filter((a) => i.changedFiles!.some((f) => f === a.dir || f.startsWith(a.dir + '/'))).map((a) => a.name)
    const dependents = graph ? keep(graph.dependents).sort() : dependentsOf(changed, usable)
    selected = [...new Set([...changed, ...dependents])]
    reason =
      changed.length === 0
        ? 'no addon is touched by the changed files'
        : `changed addons ${list(changed)}${dependents.length ? ` and their dependents ${list(dependents)}` : ''}`
  }
  selected = [...new Set(selected)].sort()
  return { selected, installFirst: dependenciesOf(selected, i.addons), reason }
}

function dependentsOf(changed: readonly string[], addons: readonly RepoAddon[]): string[] {
  const found = new Set<string>()
  const queue = [...changed]
  while (queue.length > 0) {
    const name = queue.shift()!
    for (const a of addons) {
      if (a.depends.includes(name) && !found.has(a.name) && !changed.includes(a.name)) {
        found.add(a.name)
        queue.push(a.name)
      }
    }
  }
  return [...found].sort()
}

/** Transitive dependencies (as far as the repository's manifests tell) minus the selection. */
export function dependenciesOf(selected: readonly string[], addons: ReadonlyMap<string, RepoAddon>): string[] {
  const seen = new Set<string>()
  const queue = [...selected]
  while (queue.length > 0) {
    for (const dep of addons.get(queue.shift()!)?.depends ?? []) {
      if (!seen.has(dep)) {
        seen.add(dep)
        queue.push(dep)
      }
    }
  }
  return [...seen].filter((d) => !selected.includes(d)).sort()
}

function list(names: readonly string[]): string {
  return names.map((n) => `\`${n}\``).join(', ')
}
