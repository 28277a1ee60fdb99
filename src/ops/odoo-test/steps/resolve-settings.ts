import { resolve } from 'node:path'
import type { OpContext } from '../../../op/context.ts'
import type { OdooCiConfig } from '../../../config/sections/odoo-ci.ts'
import { parseTimeout } from '../../../odoo/ci/parse-timeout.ts'
import type { OdooTestInput } from '../schema.ts'

/** The config with this run's input applied. */
export interface OdooTestSettings {
  cfg: OdooCiConfig
  root: string
  timeoutMs: number
  select: OdooCiConfig['select']
}

/** Merges input over the `odoo-ci` config: input wins, then the TIMEOUT env, then config. */
export function resolveSettings(ctx: OpContext, input: OdooTestInput): OdooTestSettings {
  const base = ctx.config['odoo-ci']
  const mode = input.command.length > 0 ? 'custom' : input.mode === 'config' ? base.mode : input.mode
  const cfg: OdooCiConfig = { ...base, mode, command: input.command.length > 0 ? input.command : base.command }
  // The error names where the bad value came from: the option (input) or the environment variable.
  const timeoutMs = input.timeout
    ? parseTimeout(input.timeout, '--timeout')
    : ctx.env['TIMEOUT']
      ? parseTimeout(ctx.env['TIMEOUT'], 'the TIMEOUT environment variable')
      : base.timeoutMinutes * 60_000
  const select = input.modules.length > 0 ? 'explicit' : input.select === 'config' ? base.select : input.select
  if (input.modules.length > 0) cfg.modules = input.modules
  return { cfg, root: resolve(ctx.cwd, input.dir), timeoutMs, select }
}
