import type { OpContext } from '../../../op/context.ts'
import type { Finding } from '../../../op/report.ts'
import { buildDropCommand } from '../../../odoo/ci/build-odoo-command.ts'
import { runCommand } from '../../../exec/run-command.ts'

/** Drops the run's database with the configured command, even after a cancellation; a failure is a warning, never a crash. */
export async function dropDatabase(
  ctx: OpContext,
  drop: { template: readonly string[]; database: string; cwd: string },
): Promise<Finding | undefined> {
  const argv = buildDropCommand(drop.template, drop.database)
  if (!argv) return undefined
  try {
    // Not ctx.exec: after a cancellation its signal is aborted and would kill the cleanup too.
    const r = await runCommand({
      file: argv.file,
      args: argv.args,
      cwd: drop.cwd,
      timeoutMs: 120_000,
      redactor: ctx.redact,
      // Started from the run that ran the PR's code: the same confinement, none of the App's environment.
      ...(ctx.sandbox ? { sandbox: ctx.sandbox } : {}),
    })
    if (r.exitCode === 0) return undefined
    return dropFinding(
      drop.database,
      `${r.command} exited with ${r.exitCode}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`,
    )
  } catch (error) {
    return dropFinding(drop.database, error instanceof Error ? error.message : String(error))
  }
}

function dropFinding(database: string, why: string): Finding {
  return {
    path: '.github/oda.yml',
    line: 1,
    level: 'warning',
    ruleId: 'odoo-ci/database-not-dropped',
    title: 'Test database left behind',
    message: `database ${database} was not dropped: ${why}`,
  }
}
