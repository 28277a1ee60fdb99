import { join, resolve } from 'node:path'
import { loadCliConfig } from '../load-cli-config.ts'
import type { Op } from '../../op/define-op.ts'
import { runOp } from '../../engine/run-op.ts'
import { parseOpInput } from '../../engine/parse-op-input.ts'
import type { Store } from '../../engine/store/store.ts'
import type { CliIo } from '../cli-io.ts'
import { exitCodeFor } from '../exit-code-for.ts'
import type { GlobalOptions } from '../global-options.ts'
import { opHelp } from '../op-help.ts'
import { parseOpArgs } from '../parse-op-args.ts'
import { formatsOf, writeRun } from '../render-report.ts'
import { UsageError } from '../usage-error.ts'
import { assertRepoDir } from '../assert-repo-dir.ts'
import { redactionSources } from '../../ops/registry.ts'
import { cliActor } from '../cli-actor.ts'
import { githubPortsFromEnv } from '../../face/github-ports-from-env.ts'

/** `oda <op words> [args]`: the CLI face of any op. */
export async function runOpCommand(o: {
  op: Op
  args: readonly string[]
  options: GlobalOptions
  io: CliIo
  openStore: () => Promise<Store>
  dataDir: string
}): Promise<number> {
  if (o.options.help) {
    o.io.out(opHelp(o.op))
    return 0
  }
  if (!formatsOf(o.op).includes(o.options.format))
    throw new UsageError(
      `unknown format "${o.options.format}" for ${o.op.name}; use one of ${formatsOf(o.op).join(', ')}`,
    )
  const rawInput = parseOpArgs(o.op, o.args)
  parseOpInput(o.op, rawInput) // bad input is refused before anything else is read or asked
  // Config comes from the repository the op looks at (its `dir`), else the working directory.
  const repoDir = typeof rawInput['dir'] === 'string' ? resolve(o.io.cwd, rawInput['dir']) : o.io.cwd
  if (typeof rawInput['dir'] === 'string') assertRepoDir(repoDir, rawInput['dir'])
  const { config } = await loadCliConfig(repoDir, o.io)
  const { actor, permission } = await cliActor([o.op], config, o.io)
  // Ops that talk to GitHub (protect, deploys with Deployments) get the repository and token a
  // terminal or CI script names the way GitHub's runners do; the token is masked.
  const token = o.io.env['GITHUB_TOKEN'] || o.io.env['GH_TOKEN']
  const github = token ? githubPortsFromEnv(o.io.env, token) : undefined
  const store = await o.openStore()
  try {
    const record = await runOp({
      op: o.op,
      rawInput,
      face: 'cli',
      rethrowUsageErrors: true,
      actor,
      actorPermission: permission,
      store,
      config,
      cwd: o.io.cwd,
      env: o.io.env,
      dataDir: o.dataDir,
      redaction: redactionSources(),
      ...(github && token ? { ports: github, secretValues: [token] } : {}),
      evidence: o.options.evidence ? { root: o.options.evidenceRoot ?? join(o.dataDir, 'evidence') } : undefined,
    })
    writeRun(o.op, record, o.options.format, o.io.out)
    return exitCodeFor(record)
  } finally {
    await store.close()
  }
}
