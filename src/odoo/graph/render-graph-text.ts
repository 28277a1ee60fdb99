import type { GraphView } from './describe-neighborhood.ts'

/** A terminal view of a graph view: the addon, what it needs, who needs it, related addons. */
export function renderGraphText(v: GraphView): string {
  const node = new Map(v.nodes.map((n) => [n.name, n]))
  const label = (name: string): string => {
    const n = node.get(name)
    const where = n?.repo ?? (n?.kind === 'core' ? 'core' : n?.kind === 'unknown' ? 'NOT FOUND' : n?.path)
    return `${name}${where ? ` [${where}]` : ''}`
  }
  const out = [label(v.center)]
  const needs = v.edges.filter((e) => e.from === v.center)
  const needed = v.edges.filter((e) => e.to === v.center)
  out.push(`  depends on (${needs.length}):`, ...needs.map((e) => `    -> ${label(e.to)}  (${e.file}:${e.line})`))
  out.push(`  needed by (${needed.length}):`, ...needed.map((e) => `    <- ${label(e.from)}  (${e.file}:${e.line})`))
  out.push(
    `  all dependencies: ${v.dependencies.join(', ') || '-'}`,
    `  all dependents: ${v.dependents.join(', ') || '-'}`,
  )
  if (v.related.length > 0) out.push(`  related: ${v.related.map((r) => `${r.name} (${r.score})`).join(', ')}`)
  if (v.path)
    out.push(
      v.path.edges
        ? `  path to ${v.path.to}: ${[v.path.edges[0]?.from ?? v.center, ...v.path.edges.map((e) => e.to)].join(' -> ')}`
        : `  path to ${v.path.to}: none (neither depends on the other)`,
    )
  return out.join('\n')
}
