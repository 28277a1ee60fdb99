import { resolve } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import { conclusionFor, makeReport, type Finding, type Report } from '../../op/report.ts'
import { affectedAddons } from '../../odoo/graph/affected-addons.ts'
import { addonsCatalogSchema } from '../../odoo/layout/addons-catalog-schema.ts'
import { changesOutsideAddons } from '../../odoo/layout/changes-outside-addons.ts'
import { parseJsonWithPositions } from '../../odoo/layout/parse-json-with-positions.ts'
import { countOf } from '../../odoo/manifest/count-of.ts'
import { loadAddonsWorkspace } from '../../odoo/manifest/load-addons-workspace.ts'
import type { ManifestAffectedInput } from './schema.ts'
import { baseAddonDirs } from './steps/base-addon-dirs.ts'
import { readHeadTree } from './steps/head-tree.ts'
import { checkRefs } from './steps/check-refs.ts'

/**
 * Lists the addons a change touches, as Odoo CI should test them:
 * 0. refs: base and head name commits (else bad input, exit 2);
 * 1. git: files changed between base and head (merge-base diff, like a PR), relative to dir;
 * 2. head tree: the manifests and layout files of `head` (not whatever is checked out), or the working tree;
 * 3. scan: addons of that tree (detected or configured addons paths) and their graph;
 * 4. base: addons that existed at the merge base and are gone at head (removed: their dependents count);
 * 5. affected: addons whose folder changed (manifest-only changes count), newly listed catalog modules,
 *    plus their transitive dependents among the checked addons, dependencies first; addons that are
 *    not installable are left out;
 * 6. findings: changed files under a folder that looks like an addon although none was found there.
 */
export async function runManifestAffected(ctx: OpContext, input: ManifestAffectedInput): Promise<Report> {
  const cfg = ctx.config.manifest
  const root = resolve(ctx.cwd, input.dir)
  await ctx.step('refs', () => checkRefs({ ctx, root, refs: { base: input.base, head: input.head } }))
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
  if (diff.exitCode !== 0) return gitFailed(ctx, input, `git diff ${range[0]}`, diff.stderr)
  const changedFiles = diff.stdout.split('\0').filter(Boolean)
  const head = await ctx.step('head tree', async () =>
    readHeadTree({
      ctx,
      root,
      head: input.head,
      layoutFiles: [cfg.reposFile, cfg.mountsFile],
      maxManifestBytes: cfg.maxManifestBytes,
    }),
  )
  if (!head.ok) return gitFailed(ctx, input, `git ls-tree ${input.head}`, head.error)
  try {
    const ws = await ctx.step('scan', async () =>
      loadAddonsWorkspace({
        root: head.tree.root,
        series: cfg.series,
        reposFile: cfg.reposFile,
        mountsFile: cfg.mountsFile,
        addonsPaths: cfg.addonsPaths,
        odooSourcePath: cfg.odooSourcePath,
        maxManifestBytes: cfg.maxManifestBytes,
      }),
    )
    const atBase = await ctx.step('base addons', async () => {
      const mergeBase =
        input.head === '' ? input.base : await firstLine(ctx, root, ['merge-base', input.base, input.head])
      return mergeBase ? baseAddonDirs({ ctx, root, ref: mergeBase }) : new Map<string, string>()
    })
    const headDirs = new Set(ws.discovered.map((d) => d.dir))
    const removed = [...atBase.entries()].filter(
      ([dir]) => !headDirs.has(dir) && changedFiles.some((f) => f.startsWith(dir + '/')),
    )
    const newlyListed = changedFiles.includes(cfg.reposFile)
      ? await ctx.step('catalog at base', async () => {
          const before = await ctx.exec('git', ['-C', root, 'show', `${input.base}:./${cfg.reposFile}`], {
            timeoutMs: 30_000,
          })
          return [...ws.listed.keys()].filter((m) => !listedModules(before.exitCode === 0 ? before.stdout : '').has(m))
        })
      : []
    const { affected, notInstallable } = affectedAddons({
      graph: ws.graph,
      changedFiles,
      addonDirs: ws.discovered.map((d) => ({ name: d.name, dir: d.dir })),
      scope: new Set(ws.selected.map((a) => a.name)),
      newlyListed,
      removed: removed.map(([, name]) => name),
    })
    const findings = outsideFindings({
      changedFiles,
      addonDirs: [...headDirs, ...removed.map(([dir]) => dir)],
      tree: head.tree,
      severity: cfg.severities['manifest/change-outside-addon'],
    }).map((f) => ({ ...f, message: ctx.redact.redact(f.message) }))
    const lines = affected.map(
      (a, i) =>
        `${i + 1}. \`${a.addon}\` ${a.reason === 'changed' ? `(changed: ${countOf(a.files, 'file')})` : a.reason === 'listed' ? '(newly listed in the catalog)' : `(depends on ${a.via.join(', ')})`}`,
    )
    const changed = affected.filter((a) => a.reason !== 'dependent').length
    const notes = [
      ...(notInstallable.length > 0
        ? [`Left out, not installable: ${notInstallable.map((n) => `\`${n}\``).join(', ')}.`]
        : []),
      ...(removed.length > 0 ? [`Removed: ${removed.map(([, n]) => `\`${n}\``).join(', ')}.`] : []),
      ...(findings.length > 0
        ? [
            `${countOf(findings.length, 'changed file')} under folders that look like addons but are none oda found: ${[...new Set(findings.map((f) => `\`${f.properties?.['folder'] as string}\``))].join(', ')}.`,
          ]
        : []),
    ]
    return makeReport({
      conclusion: conclusionFor(findings),
      title: `manifest affected: ${countOf(affected.length, 'addon')} (${changed} changed, ${countOf(affected.length - changed, 'dependent')})${findings.length > 0 ? `; ${countOf(findings.length, 'change')} outside any addon` : ''}`,
      summary: [
        `${countOf(changedFiles.length, 'file')} changed between \`${input.base}\` and \`${input.head || 'the working tree'}\`; addons read from ${input.head ? `the tree of \`${input.head}\`` : 'the working tree'} (addons paths ${ws.addonsPaths.from}: ${ws.addonsPaths.paths.map((p) => `\`${p}\``).join(', ')}).`,
        '',
        ...(lines.length > 0 ? lines : ['No addon is affected.']),
        ...(notes.length > 0 ? ['', ...notes] : []),
      ].join('\n'),
      findings,
      data: affected,
    })
  } finally {
    head.tree.dispose()
  }
}

function outsideFindings(args: {
  changedFiles: readonly string[]
  addonDirs: readonly string[]
  tree: { exists: (p: string) => boolean; isFolder: (p: string) => boolean }
  severity: Finding['level'] | 'off' | undefined
}): Finding[] {
  const severity = args.severity
  if (severity === 'off') return []
  return changesOutsideAddons({ ...args.tree, changedFiles: args.changedFiles, addonDirs: args.addonDirs }).map(
    (c) => ({
      path: c.file,
      line: 1,
      level: severity ?? 'failure',
      ruleId: 'manifest/change-outside-addon',
      message: `${c.file} changed, and ${c.folder} looks like an addon (${c.evidence}), but no addons path holds it, so no addon is tested for this change: add its parent folder to manifest.addonsPaths, or give it a __manifest__.py`,
      properties: { folder: c.folder },
    }),
  )
}

async function firstLine(ctx: OpContext, root: string, args: string[]): Promise<string | undefined> {
  const r = await ctx.exec('git', ['-C', root, ...args], { timeoutMs: 30_000 })
  return r.exitCode === 0 ? r.stdout.trim().split('\n')[0] : undefined
}

function gitFailed(ctx: OpContext, input: ManifestAffectedInput, what: string, stderr: string): Report {
  const why = stderr.trim().split('\n')[0] ?? ''
  return makeReport({
    conclusion: 'failure',
    title: `manifest affected: ${what} failed`,
    summary: `\`${what}\` in ${input.dir} failed: ${ctx.redact.redact(why)}\n\nCheck that ${input.dir} is inside a git checkout and that both refs exist (fetch the base branch first).`,
    data: [],
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
