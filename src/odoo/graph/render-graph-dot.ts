import type { GraphView } from './describe-neighborhood.ts'

const FILL: Record<string, string> = { custom: '#cfe8ff', repo: '#e6f4d7', core: '#eeeeee', unknown: '#ffd6d6' }

/** Graphviz `dot` for a graph view: one cluster per repo, edges labelled with file:line. */
export function renderGraphDot(v: GraphView): string {
  const q = (s: string): string => JSON.stringify(s)
  const lines = [
    'digraph addons {',
    '  rankdir=LR;',
    '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
  ]
  const byRepo = new Map<string, GraphView['nodes']>()
  for (const n of v.nodes) {
    const key = n.repo ?? (n.kind === 'core' ? 'Odoo core' : n.kind === 'unknown' ? 'not found' : 'project')
    byRepo.set(key, [...(byRepo.get(key) ?? []), n])
  }
  let i = 0
  for (const [repo, nodes] of byRepo) {
    lines.push(`  subgraph cluster_${i++} {`, `    label=${q(repo)};`)
    for (const n of nodes) {
      const label = n.version ? `${n.name}\\n${n.version}` : n.name
      lines.push(
        `    ${q(n.name)} [label="${label.replaceAll('"', '\\"')}", fillcolor=${q(FILL[n.kind] ?? '#ffffff')}${n.name === v.center ? ', penwidth=2' : ''}];`,
      )
    }
    lines.push('  }')
  }
  for (const e of v.edges) lines.push(`  ${q(e.from)} -> ${q(e.to)} [tooltip=${q(`${e.file}:${e.line}`)}];`)
  lines.push('}')
  return lines.join('\n') + '\n'
}
