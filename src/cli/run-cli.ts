import { ConfigError } from '../config/config-error.ts'
import { InputError, isUsageError } from '../engine/errors.ts'
import { defaultDataDir } from '../engine/store/default-data-dir.ts'
import type { Store } from '../engine/store/store.ts'
import { allOps, findOp } from '../ops/registry.ts'
import type { CliIo } from './cli-io.ts'
import { ExitCode } from './exit-codes.ts'
import { noHostedFaces, type HostedFaces } from './hosted-faces.ts'
import { takeGlobalOptions } from './global-options.ts'
import { mainHelp } from './main-help.ts'
import { resolveOp } from './resolve-op.ts'
import { UsageError } from './usage-error.ts'

/** Face commands that are not ops. */
const commands = [
  'check',
  'ops',
  'runs',
  'evidence',
  'config',
  'start',
  'sandbox',
  'action',
  'mcp',
  'keys',
  'serve',
  'help',
] as const

/**
 * The CLI face: argv in, exit code out. Only this function catches: usage and config
 * errors exit 2, anything unexpected exits 3 with the message (never a stack trace dump).
 * `hosts` are the other faces `oda` runs as commands (action, start, sandbox, mcp).
 */
export async function runCli(argv: readonly string[], io: CliIo, hosts: HostedFaces = noHostedFaces): Promise<number> {
  try {
    const { options, rest } = takeGlobalOptions(argv)
    const dataDir = options.dataDir ?? defaultDataDir(io.env)
    const store = async (): Promise<Store> =>
      (await import('../engine/store/open-store.ts')).openStore({ dataDir, databaseUrl: io.env['DATABASE_URL'] })
    const [command, ...args] = rest
    if (command === 'help' && args.length > 0) return await runCli([...args, '--help'], io, hosts)
    if (command === undefined || command === 'help') {
      io.out(mainHelp(allOps()))
      return command === undefined && !options.help ? ExitCode.usage : ExitCode.ok
    }
    if (command === '--version') {
      io.out('oda 0.1.0\n')
      return ExitCode.ok
    }
    // Each command loads its own modules when it runs (the bundle is split): `oda --help` and
    // `oda ops` start without the App, the store drivers or the engines of ops they do not run.
    switch (command) {
      case 'check': {
        const { checkCommand } = await import('./commands/check-command.ts')
        return await checkCommand({ args, options, io, openStore: store, dataDir })
      }
      case 'ops': {
        const { opsCommand } = await import('./commands/ops-command.ts')
        return opsCommand({ args, options, io })
      }
      case 'runs': {
        const { runsCommand } = await import('./commands/runs-command.ts')
        return await runsCommand({ args, options, io, openStore: store })
      }
      case 'evidence': {
        const { evidenceCommand } = await import('./commands/evidence-command.ts')
        return await evidenceCommand({ args, options, io, openStore: store, dataDir })
      }
      case 'config': {
        const { configCommand } = await import('./commands/config-command.ts')
        return await configCommand({ args, options, io })
      }
      case 'start': {
        const { startCommand } = await import('./commands/start-command.ts')
        return await startCommand({ args, options, io, openStore: store, dataDir, hosts })
      }
      case 'serve': {
        return await hosts.serve({ args, options, io, openStore: store, dataDir })
      }
      case 'keys': {
        const { keysCommand } = await import('./commands/keys-command.ts')
        return await keysCommand({ args, options, io, openStore: store })
      }
      case 'mcp': {
        const { mcpCommand } = await import('./commands/mcp-command.ts')
        return await mcpCommand({ args, options, io, openStore: store, dataDir, hosts })
      }
      case 'sandbox': {
        const { sandboxPrCommand } = await import('./commands/sandbox-pr.ts')
        return await sandboxPrCommand({ args, options, io, hosts })
      }
      case 'action': {
        // The Actions face: `oda action <op.name>`, inputs from INPUT_* (see actions/*/action.yml).
        const op = findOp(args[0] ?? '')
        if (!op || args.length !== 1)
          throw new UsageError(
            `usage: oda action <op name>; known: ${allOps()
              .map((o) => o.name)
              .join(', ')}`,
          )
        return await hosts.action(op, io.env)
      }
    }
    const found = resolveOp(allOps(), rest, [...commands])
    const { runOpCommand } = await import('./commands/run-op-command.ts')
    return await runOpCommand({ op: found.op, args: found.args, options, io, openStore: store, dataDir })
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`oda: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`)
      return ExitCode.usage
    }
    if (error instanceof ConfigError) {
      io.err(`oda: invalid configuration\n${error.message}\n`)
      return ExitCode.usage
    }
    if (error instanceof InputError || isUsageError(error)) {
      io.err(`oda: ${error.message}\n`)
      return ExitCode.usage
    }
    io.err(`oda: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    return ExitCode.internal
  }
}
