import { resolve } from 'node:path'
import { didYouMean } from '../../config/did-you-mean.ts'
import type { OpContext } from '../../op/context.ts'
import { makeReport, type Report } from '../../op/report.ts'
import { describeNeighborhood } from '../../odoo/graph/describe-neighborhood.ts'
import { renderGraphText } from '../../odoo/graph/render-graph-text.ts'
import { searchAddons } from '../../odoo/graph/search-addons.ts'
import { countOf } from '../../odoo/manifest/count-of.ts'
import { loadAddonsWorkspace } from '../../odoo/manifest/load-addons-workspace.ts'
import type { ManifestGraphInput } from './schema.ts'
import { GraphUsageError } from './graph-usage-error.ts'

/**
 * Shows the addons graph around one addon:
 * 1. scan the repository's addons and build the graph (edges carry file and line);
 * 2. neighborhood to `depth`, transitive dependents and dependencies, top related, path to `to`;
 * 3. `search` adds name/summary matches; an unknown addon is a neutral report with suggestions.
 */
export async function runManifestGraph(ctx: OpContext, input: ManifestGraphInput): Promise<Report> {
  // A path needs two ends: without the center addon, --to would silently become an empty search.
  if (input.to && !input.addon)
    throw new GraphUsageError('--to needs an addon: oda manifest graph <addon> --to <other>')
  if (!input.addon && !input.search)
    throw new GraphUsageError(
      'name an addon or a search: oda manifest graph <addon> | oda manifest graph --search <words>',
    )
  const cfg = ctx.config.manifest
  const root = resolve(ctx.cwd, input.dir)
  const ws = await ctx.step('scan', async () =>
    loadAddonsWorkspace({
      root,
      series: cfg.series,
      reposFile: cfg.reposFile,
      mountsFile: cfg.mountsFile,
      addonsPaths: cfg.addonsPaths,
      odooSourcePath: cfg.odooSourcePath,
      maxManifestBytes: cfg.maxManifestBytes,
    }),
  )
  const matches = input.search
    ? searchAddons(ws.graph, input.search).map((h) => ({
        name: h.addon.name,
        summary: h.addon.summary,
        score: h.score,
      }))
    : []
  if (!input.addon) {
    return makeReport({
      conclusion: 'success',
      title: `manifest graph: ${countOf(matches.length, 'addon')} ${matches.length === 1 ? 'matches' : 'match'} "${input.search}"`,
      summary: matches.map((m) => `- \`${m.name}\`: ${m.summary}`).join('\n'),
      data: { schemaVersion: 1, center: null, matches },
    })
  }
  const view = describeNeighborhood({
    graph: ws.graph,
    center: input.addon,
    depth: input.depth,
    to: input.to || undefined,
  })
  if (!view) {
    const close = didYouMean(input.addon, [...ws.graph.addons.keys()])
    const suggestions = [
      ...new Set([
        ...(close ? [close] : []),
        ...searchAddons(ws.graph, input.addon.replaceAll('_', ' '), 5).map((h) => h.addon.name),
      ]),
    ]
    return makeReport({
      conclusion: 'neutral',
      title: `manifest graph: no addon ${input.addon} in ${input.dir}`,
      summary: `No addon called \`${input.addon}\` is on disk or named in a manifest.${suggestions.length ? ` Did you mean ${suggestions.map((s) => `\`${s}\``).join(', ')}?` : ''}`,
      data: { schemaVersion: 1, center: input.addon, found: false, suggestions, matches },
    })
  }
  const data = { schemaVersion: 1, found: true, ...view, matches }
  return makeReport({
    conclusion: 'success',
    title: `manifest graph: ${input.addon} (${countOf(view.nodes.length, 'addon')} within ${countOf(input.depth, 'step')})`,
    summary: '```\n' + renderGraphText(view) + '\n```',
    data,
  })
}
