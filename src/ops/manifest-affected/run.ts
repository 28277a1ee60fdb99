import { resolve } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import { makeReport, type Report } from '../../op/report.ts'
import { affectedAddons } from '../../odoo/graph/affected-addons.ts'
import { addonsCatalogSchema } from '../../odoo/layout/addons-catalog-schema.ts'
import { parseJsonWithPositions } from '../../odoo/layout/parse-json-with-positions.ts'
import { loadAddonsWorkspace } from '../../odoo/manifest/load-addons-workspace.ts'
import type { ManifestAffectedInput } from './schema.ts'

/**
 * Lists the addons a change touches, as Odoo CI should test them:
 * 1. git: files changed between base and head (merge-base diff, like a PR), relative to dir;
 * 2. scan: addons on disk and their graph;
 * 3. affected: addons whose folder changed (manifest-only changes count) plus their transitive
 *    dependents among the checked addons, dependencies first; a module newly listed in the
 *    catalog counts as changed (CI must now install it).
 */
export async function runManifestAffected(ctx: OpContext, input: ManifestAffectedInput): Promise<Report> {
  const cfg = ctx.config.manifest
  const root = resolve(ctx.cwd, input.dir)
  const range = input.head === '' ? [input.base] : [`${input.base}...${input.head}`]
  const diff = await ctx.step('git diff', async (s) => {
    const r = await ctx.exec(
      'git',
      ['-C', root, 'diff', '--name-only', '--no-renames', '--relative', '-z', ...range, '--'],
      { timeoutMs: 60_000 },
    )
    s.note(`${r.command} -> exit ${r.exitCode}`)
    return r
  })
  if (diff.exitCode !== 0) {
    const why = diff.stderr.trim().split('\n')[0] ?? ''
    return makeReport({
      conclusion: 'failure',
      title: `manifest affected: git diff ${range[0]} failed`,
      summary: `\`git diff ${range[0]}\` in ${input.dir} failed: ${ctx.redact.redact(why)}\n\nCheck that ${input.dir} is inside a git checkout and that both refs exist (fetch the base branch first).`,
      data: [],
    })
  }
  const changedFiles = diff.stdout.split('\0').filter(Boolean)
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
  const newlyListed = changedFiles.includes(cfg.reposFile)
    ? await ctx.step('catalog at base', async () => {
        const before = await ctx.exec('git', ['-C', root, 'show', `${input.base}:./${cfg.reposFile}`], {
          timeoutMs: 30_000,
        })
        return [...ws.listed.keys()].filter((m) => !listedModules(before.exitCode === 0 ? before.stdout : '').has(m))
      })
    : []
  const affected = affectedAddons({
    graph: ws.graph,
    changedFiles,
    addonDirs: ws.discovered.map((d) => ({ name: d.name, dir: d.dir })),
    scope: new Set(ws.selected.map((a) => a.name)),
    newlyListed,
  })
  const lines = affected.map(
    (a, i) =>
      `${i + 1}. \`${a.addon}\` ${a.reason === 'changed' ? `(changed: ${a.files} file${a.files === 1 ? '' : 's'})` : a.reason === 'listed' ? '(newly listed in the catalog)' : `(depends on ${a.via.join(', ')})`}`,
  )
  const changed = affected.filter((a) => a.reason !== 'dependent').length
  return makeReport({
    conclusion: 'success',
    title: `manifest affected: ${affected.length} addons (${changed} changed, ${affected.length - changed} dependents)`,
    summary: [
      `${changedFiles.length} files changed between \`${input.base}\` and \`${input.head || 'the working tree'}\`.`,
      '',
      ...(lines.length > 0 ? lines : ['No addon is affected.']),
    ].join('\n'),
    data: affected,
  })
}

/** Module names listed in a catalog's text; empty when the text is not a readable catalog (a new file). */
function listedModules(text: string): Set<string> {
  try {
    const parsed = addonsCatalogSchema.safeParse(parseJsonWithPositions(text).value)
    return new Set(parsed.success ? parsed.data.repos.flatMap((r) => r.modules) : [])
  } catch {
    return new Set()
  }
}
