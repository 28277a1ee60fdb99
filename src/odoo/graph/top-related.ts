import type { AddonsGraph } from './addons-graph.ts'

/** An addon related to another, with the score and the reasons that made it. */
export interface RelatedAddon {
  name: string
  score: number
  reasons: string[]
}

/**
 * Addons most related to `name`: direct dependencies and dependents first, then addons that
 * share dependencies or dependents (a shared rare dependency counts more than sharing `base`),
 * then addons of the same repo. Ties are broken by name so the answer is stable.
 */
export function topRelated(g: AddonsGraph, name: string, limit = 10): RelatedAddon[] {
  const self = g.addons.get(name)
  if (!self) return []
  const scores = new Map<string, RelatedAddon>()
  const add = (other: string, score: number, reason: string): void => {
    if (other === name) return
    const r = scores.get(other) ?? { name: other, score: 0, reasons: [] }
    r.score += score
    r.reasons.push(reason)
    scores.set(other, r)
  }
  const deps = (g.out.get(name) ?? []).map((e) => e.to)
  const dependents = (g.in.get(name) ?? []).map((e) => e.from)
  for (const d of deps) add(d, 3, `${name} depends on it`)
  for (const d of dependents) add(d, 3, `depends on ${name}`)
  for (const d of deps) {
    const sharers = (g.in.get(d) ?? []).map((e) => e.from)
    // Rarity weight: sharing a dependency few addons use says more than sharing `base`.
    for (const s of sharers) add(s, 1 / Math.log2(1 + sharers.length), `also depends on ${d}`)
  }
  for (const d of dependents) for (const e of g.out.get(d) ?? []) add(e.to, 0.5, `also needed by ${d}`)
  if (self.repo)
    for (const a of g.addons.values()) if (a.repo === self.repo) add(a.name, 0.25, `same repo ${self.repo}`)
  return [...scores.values()]
    .map((r) => ({ ...r, score: Math.round(r.score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit)
}
