import { ConfigError } from '../config/config-error.ts'
import { InputError, isUsageError } from '../engine/errors.ts'
import { defaultDataDir, openStore } from '../engine/store/open-store.ts'
import type { Store } from '../engine/store/store.ts'
import { allOps } from '../ops/registry.ts'
import type { CliIo } from './cli-io.ts'
import { checkCommand } from './commands/check-command.ts'
import { configCommand } from './commands/config-command.ts'
import { evidenceCommand } from './commands/evidence-command.ts'
import { mcpCommand } from './commands/mcp-command.ts'
import { opsCommand } from './commands/ops-command.ts'
import { runOpCommand } from './commands/run-op-command.ts'
import { runsCommand } from './commands/runs-command.ts'
import { startCommand } from './commands/start-command.ts'
import { sandboxPrCommand } from './commands/sandbox-pr.ts'
import { runFromAction } from '../action/run-from-action.ts'
import { findOp } from '../ops/registry.ts'
import { ExitCode } from './exit-codes.ts'
import { takeGlobalOptions } from './global-options.ts'
import { mainHelp } from './main-help.ts'
import { resolveOp } from './resolve-op.ts'
import { UsageError } from './usage-error.ts'

/** Face commands that are not ops. */
const commands = ['check', 'ops', 'runs', 'evidence', 'config', 'start', 'sandbox', 'action', 'mcp', 'help'] as const

/**
 * The CLI face: argv in, exit code out. Only this function catches: usage and config
 * errors exit 2, anything unexpected exits 3 with the message (never a stack trace dump).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { options, rest } = takeGlobalOptions(argv)
    const dataDir = options.dataDir ?? defaultDataDir(io.env)
    const store = (): Promise<Store> => openStore({ dataDir, databaseUrl: io.env['DATABASE_URL'] })
    const [command, ...args] = rest
    if (command === 'help' && args.length > 0) return await runCli([...args, '--help'], io)
    if (command === undefined || command === 'help') {
      io.out(mainHelp(allOps()))
      return command === undefined && !options.help ? ExitCode.usage : ExitCode.ok
    }
    if (command === '--version') {
      io.out('oda 0.1.0\n')
      return ExitCode.ok
    }
    switch (command) {
      case 'check':
        return await checkCommand({ args, options, io, openStore: store, dataDir })
      case 'ops':
        return opsCommand({ args, options, io })
      case 'runs':
        return await runsCommand({ args, options, io, openStore: store })
      case 'evidence':
        return await evidenceCommand({ args, options, io, openStore: store, dataDir })
      case 'config':
        return await configCommand({ args, options, io })
      case 'start':
        return await startCommand({ args, options, io, openStore: store, dataDir })
      case 'mcp':
        return await mcpCommand({ args, options, io, openStore: store, dataDir })
      case 'sandbox':
        return await sandboxPrCommand({ args, options, io })
      case 'action': {
        // The Actions face: `oda action <op.name>`, inputs from INPUT_* (see actions/*/action.yml).
        const op = findOp(args[0] ?? '')
        if (!op || args.length !== 1)
          throw new UsageError(
            `usage: oda action <op name>; known: ${allOps()
              .map((o) => o.name)
              .join(', ')}`,
          )
        return await runFromAction(op, io.env)
      }
    }
    const found = resolveOp(allOps(), rest, [...commands])
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
