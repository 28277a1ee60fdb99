import { join, resolve } from 'node:path'
import { loadCliConfig } from '../load-cli-config.ts'
import { enabledChecks, runChecks } from '../../engine/run-checks.ts'
import type { Store } from '../../engine/store/store.ts'
import { allOps, redactionSources } from '../../ops/registry.ts'
import type { CliIo } from '../cli-io.ts'
import { exitCodeFor } from '../exit-code-for.ts'
import type { GlobalOptions } from '../global-options.ts'
import { renderRun, runJson } from '../render-report.ts'
import { UsageError } from '../usage-error.ts'
import { assertRepoDir } from '../assert-repo-dir.ts'
import { cliActor } from '../cli-actor.ts'

/** `oda check [dir]`: every enabled PR check on a repository folder, as the App would run them. */
export async function checkCommand(o: {
  args: readonly string[]
  options: GlobalOptions
  io: CliIo
  openStore: () => Promise<Store>
  dataDir: string
  evidenceRoot?: string
}): Promise<number> {
  if (o.options.help) {
    o.io.out(
      "usage: oda check [dir] [--format text|json|github] [--evidence[=<root>]]\n\nRuns every PR check enabled in the repository's .github/oda.yml (spec-kit, manifest, secrets, odoo-ci) and prints each report.\n",
    )
    return 0
  }
  if (o.args.length > 1 || o.args.some((a) => a.startsWith('--')))
    throw new UsageError(`oda check takes one folder, got: ${o.args.join(' ')}`)
  if (!['text', 'json', 'github'].includes(o.options.format))
    throw new UsageError(`oda check prints text, json or github, not "${o.options.format}"`)
  const dir = resolve(o.io.cwd, o.args[0] ?? '.')
  assertRepoDir(dir, o.args[0] ?? '.')
  const { config } = await loadCliConfig(dir, o.io)
  const { actor, permission } = await cliActor(enabledChecks(allOps(), config), config, o.io)
  const store = await o.openStore()
  try {
    const evidenceRoot =
      o.evidenceRoot ?? (o.options.evidence ? (o.options.evidenceRoot ?? join(o.dataDir, 'evidence')) : undefined)
    const runs = await runChecks({
      ops: allOps(),
      dir,
      config,
      face: 'cli',
      actor,
      actorPermission: permission,
      store,
      cwd: dir,
      env: o.io.env,
      dataDir: o.dataDir,
      redaction: redactionSources(),
      evidence: evidenceRoot ? { root: evidenceRoot } : undefined,
    })
    if (o.options.format === 'json') {
      o.io.out(
        JSON.stringify(
          runs.map((r) => ({ check: r.name, ...runJson(r.record) })),
          null,
          2,
        ) + '\n',
      )
    } else {
      for (const r of runs)
        o.io.out(renderRun(r.op, r.record, o.options.format) + (o.options.format === 'text' ? '\n' : ''))
      if (o.options.format === 'text')
        o.io.out(
          runs.length === 0
            ? 'No check is enabled.\n'
            : `${runs.filter((r) => r.record.state === 'succeeded').length}/${runs.length} checks passed\n`,
        )
    }
    return Math.max(0, ...runs.map((r) => exitCodeFor(r.record)))
  } finally {
    await store.close()
  }
}
