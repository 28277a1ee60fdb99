import { resolve } from 'node:path'
import type { OpContext } from '../../engine/context.ts'
import { makeReport, type Report } from '../../engine/report.ts'
import { affectedAddons } from '../../odoo/graph/affected-addons.ts'
import { loadAddonsWorkspace } from '../../odoo/manifest/load-addons-workspace.ts'
import type { ManifestAffectedInput } from './schema.ts'

/**
 * Lists the addons a change touches, as Odoo CI should test them:
 * 1. git: files changed between base and head (merge-base diff, like a PR), relative to dir;
 * 2. scan: addons on disk and their graph;
 * 3. affected: addons whose folder changed (manifest-only changes count) plus their transitive
 *    dependents among the checked addons, dependencies first.
 */
export async function runManifestAffected(ctx: OpContext, input: ManifestAffectedInput): Promise<Report> {
  const cfg = ctx.config.manifest
  const root = resolve(ctx.cwd, input.dir)
  const range = input.head === '' ? [input.base] : [`${input.base}...${input.head}`]
  const diff = await ctx.step('git diff', async (s) => {
    const r = await ctx.exec('git', ['-C', root, 'diff', '--name-only', '--no-renames', '--relative', '-z', ...range, '--'], { timeoutMs: 60_000 })
    s.note(`${r.command} -> exit ${r.exitCode}`)
    return r
  })
  if (diff.exitCode !== 0) {
    const why = diff.stderr.trim().split('\n')[0] ?? ''
    return makeReport({ conclusion: 'failure', title: `manifest affected: git diff ${range[0]} failed`, summary: `\`git diff ${range[0]}\` in ${input.dir} failed: ${ctx.redact.redact(why)}\n\nCheck that ${input.dir} is inside a git checkout and that both refs exist (fetch the base branch first).`, data: [] })
  }
  const changedFiles = diff.stdout.split('\0').filter(Boolean)
  const ws = await ctx.step('scan', async () => loadAddonsWorkspace({ root, series: cfg.series, reposFile: cfg.reposFile, mountsFile: cfg.mountsFile, addonsPaths: cfg.addonsPaths, odooSourcePath: cfg.odooSourcePath, maxManifestBytes: cfg.maxManifestBytes }))
  const affected = affectedAddons({ graph: ws.graph, changedFiles, addonDirs: ws.discovered.map((d) => ({ name: d.name, dir: d.dir })), scope: new Set(ws.selected.map((a) => a.name)) })
  const lines = affected.map((a, i) => `${i + 1}. \`${a.addon}\` ${a.reason === 'changed' ? `(changed: ${a.files} file${a.files === 1 ? '' : 's'})` : `(depends on ${a.via.join(', ')})`}`)
  const changed = affected.filter((a) => a.reason === 'changed').length
  return makeReport({
    conclusion: 'success',
    title: `manifest affected: ${affected.length} addons (${changed} changed, ${affected.length - changed} dependents)`,
    summary: [`${changedFiles.length} files changed between \`${input.base}\` and \`${input.head || 'the working tree'}\`.`, '', ...(lines.length > 0 ? lines : ['No addon is affected.'])].join('\n'),
    data: affected,
  })
}
