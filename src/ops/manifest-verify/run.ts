import { resolve } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import { conclusionFor, makeReport, type Report } from '../../op/report.ts'
import { countOf } from '../../odoo/manifest/count-of.ts'
import { knownExternalDependencies } from '../../odoo/manifest/known-external-dependencies.ts'
import { loadAddonsWorkspace } from '../../odoo/manifest/load-addons-workspace.ts'
import { renderVerifySummary } from '../../odoo/manifest/render-verify-summary.ts'
import { verifyAddons } from '../../odoo/manifest/verify-addons.ts'
import { readCheckoutBranch } from '../../odoo/layout/read-checkout-branch.ts'
import { readRepoBranches } from '../../odoo/layout/read-repo-branches.ts'
import type { ManifestVerifyInput } from './schema.ts'

/**
 * Verifies the addons layout and manifests of a repository:
 * 1. settings: input over the `manifest:` config section; the checkout's branch as a series hint;
 * 2. scan: read the catalog and mounts, find the addons paths, parse every manifest, settle the series, build the graph;
 * 3. branches: ask git for the branch of each listed repo that is a checkout;
 * 4. verify: layout, content and dependency rules, configured severities;
 * 5. report: conclusion by failOn, summary saying what was checked and where series and paths came from,
 *    data with counts (neutral when there is no Odoo layout at all).
 */
export async function runManifestVerify(ctx: OpContext, input: ManifestVerifyInput): Promise<Report> {
  const cfg = ctx.config.manifest
  const root = resolve(ctx.cwd, input.dir)
  const series = input.series ?? cfg.series
  const branch = input.branch ?? (series === 'auto' ? await readCheckoutBranch({ root, exec: ctx.exec }) : undefined)
  const ws = await ctx.step('scan', async (s) => {
    const w = loadAddonsWorkspace({
      root,
      series,
      branch,
      reposFile: cfg.reposFile,
      mountsFile: cfg.mountsFile,
      addonsPaths: cfg.addonsPaths,
      odooSourcePath: cfg.odooSourcePath,
      maxManifestBytes: cfg.maxManifestBytes,
    })
    s.note(
      `series ${w.series} (from ${w.seriesFrom.from}): ${countOf(w.layout.repos.length, 'repo')}, ${countOf(w.discovered.length, 'addon')} on disk in ${w.addonsPaths.paths.join(', ')} (${w.addonsPaths.from}), ${w.selected.length} checked`,
    )
    return w
  })
  const branches = await ctx.step('branches', async () =>
    readRepoBranches({ root, repoPaths: ws.layout.repos.map((r) => r.path), exec: ctx.exec }),
  )
  const findings = await ctx.step('verify', async (s) => {
    const f = verifyAddons(ws, {
      reposFile: cfg.reposFile,
      mountsFile: cfg.mountsFile,
      allowedLicenses: cfg.allowedLicenses,
      requiredKeys: cfg.requiredKeys,
      severities: cfg.severities,
      branches,
    })
    s.note(countOf(f.length, 'finding'))
    return f.map((x) => ({ ...x, message: ctx.redact.redact(x.message) }))
  })
  if (
    findings.length === 0 &&
    ws.discovered.length === 0 &&
    ws.layout.catalogMissing &&
    ws.layout.mounts === undefined
  ) {
    return makeReport({
      conclusion: 'neutral',
      title: 'manifest: no Odoo addons found',
      summary: `No \`${cfg.reposFile}\`, no \`${cfg.mountsFile}\` and no addon folder (a folder with \`__manifest__.py\`) in ${ws.addonsPaths.from === 'detected' ? 'the repository (looked in the root, `addons/` and every folder up to 4 levels deep)' : ws.addonsPaths.paths.map((p) => `\`${p}\``).join(', ')}: nothing to verify. Set \`manifest.addonsPaths\` in .github/oda.yml if the addons live elsewhere, or \`manifest.enabled: false\` to turn the check off.`,
      data: { schemaVersion: 1, series: ws.series, seriesFrom: ws.seriesFrom.from, checked: [] },
    })
  }
  const counts = { failure: 0, warning: 0, notice: 0 }
  for (const f of findings) counts[f.level]++
  const external = knownExternalDependencies(ws)
  const data = {
    schemaVersion: 1,
    series: ws.series,
    seriesFrom: ws.seriesFrom.from,
    addonsPaths: ws.addonsPaths.paths,
    addonsPathsFrom: ws.addonsPaths.from,
    coreAddons: ws.core.origin,
    repos: ws.layout.repos.map((r) => ({
      name: r.name,
      branch: r.branch,
      path: r.path,
      modules: r.modules.map((m) => m.name),
    })),
    checked: ws.selected.map((a) => a.name).sort(),
    addonsOnDisk: ws.discovered.length,
    external,
    counts,
  }
  const what = `${countOf(ws.selected.length, 'addon')} (series ${ws.series})`
  const title =
    findings.length === 0
      ? `manifest: ${what} verified`
      : `manifest: ${[
          counts.failure && countOf(counts.failure, 'failure'),
          counts.warning && countOf(counts.warning, 'warning'),
          counts.notice && countOf(counts.notice, 'notice'),
        ]
          .filter(Boolean)
          .join(', ')} in ${what}`
  return makeReport({
    conclusion: conclusionFor(findings, input.failOn),
    title,
    summary: renderVerifySummary({
      findings,
      checked: ws.selected.length,
      notInstallable: ws.selected.filter((a) => !a.installable).length,
      series: ws.seriesFrom,
      addonsPaths: ws.addonsPaths,
      repos: ws.layout.repos.length,
      coreOrigin: ws.core.origin,
      external,
    }),
    findings,
    data,
  })
}
