import type { OdooCiConfig } from '../../config/sections/odoo-ci.ts'

/** A program and its arguments, never a shell string. */
export interface Argv {
  file: string
  args: string[]
}

/** What one Odoo invocation must do. */
export interface OdooInvocation {
  database: string
  /** Modules to install (`-i`). */
  install: readonly string[]
  /** True for the test run, false to install dependencies without running their tests. */
  test: boolean
  /** Arguments of this run placed before the configured ones (`--http-port=…`, `--data-dir=…`). */
  runArgs?: readonly string[]
}

type CommandConfig = Pick<OdooCiConfig, 'mode' | 'composeFile' | 'composeService' | 'odooBin' | 'command' | 'args'>

/** Error for a configuration that cannot produce a command. */
export class OdooCommandError extends Error {
  override name = 'OdooCommandError'
}

/**
 * Builds the argument array that runs Odoo for one invocation:
 * `<prefix> -d <db> -i <modules> [--test-enable] --stop-after-init --http-interface=127.0.0.1 --log-level=test`.
 * The prefix depends on the mode: `docker compose -f <file> run --rm <service> odoo`, `odoo-bin`, or the custom command.
 */
export function buildOdooCommand(cfg: CommandConfig, inv: OdooInvocation): Argv {
  if (inv.install.length === 0) throw new OdooCommandError('no module to install: select at least one module')
  const prefix = commandPrefix(cfg)
  const odooArgs = [
    '-d',
    inv.database,
    '-i',
    inv.install.join(','),
    ...(inv.test ? ['--test-enable'] : []),
    '--stop-after-init',
    '--http-interface=127.0.0.1',
    '--max-cron-threads=0',
    // `test` is the level Odoo's own CI uses: test progress without debug noise.
    `--log-level=${inv.test ? 'test' : 'warn'}`,
    ...(inv.runArgs ?? []),
    ...cfg.args,
  ]
  return { file: prefix[0]!, args: [...prefix.slice(1), ...odooArgs] }
}

function commandPrefix(cfg: CommandConfig): string[] {
  switch (cfg.mode) {
    case 'docker-compose':
      return ['docker', 'compose', '-f', cfg.composeFile, 'run', '--rm', cfg.composeService, 'odoo']
    case 'odoo-bin':
      return [cfg.odooBin]
    case 'custom':
      if (cfg.command.length === 0)
        throw new OdooCommandError('odoo-ci.command is empty: custom mode needs a program, e.g. ["./bin/odoo"]')
      return [...cfg.command]
  }
}

/** True when `args` already set Odoo option `--name` (as `--name=v`, `--name v`, or one of its short forms). */
export function setsOption(args: readonly string[], name: string, short: readonly string[] = []): boolean {
  return args.some((a) => a === `--${name}` || a.startsWith(`--${name}=`) || short.includes(a))
}

/** The drop command with `{database}` filled in, or undefined when dropping is turned off. */
export function buildDropCommand(template: readonly string[], database: string): Argv | undefined {
  if (template.length === 0) return undefined
  const filled = template.map((a) => a.replaceAll('{database}', database))
  return { file: filled[0]!, args: filled.slice(1) }
}
