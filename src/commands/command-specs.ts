import { z } from 'zod'
import type { Op } from '../op/define-op.ts'
import type { CommandSpec } from './command-spec.ts'

const environment = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'an environment name from .github/oda.yml')
  .describe('Environment (a key of environments in .github/oda.yml)')

/** `/lock <environment> [--reason <text>] [--for 24h]`. */
export const lockInputSchema = z.object({
  environment,
  /** Why, shown to whoever finds the environment locked. */
  reason: z.string().max(200).default('locked from a pull request').describe('Why, shown to whoever finds it locked'),
  /** How long the lock lasts: minutes, hours or days, at most 7 days. */
  for: z
    .string()
    .regex(/^([1-9][0-9]{0,4}m|[1-9][0-9]{0,2}h|[1-7]d)$/, 'a duration such as 30m, 4h or 2d (at most 7d)')
    .default('24h')
    .describe('How long the lock lasts (30m, 4h, 2d; at most 7d)'),
})

/** `/unlock <environment>`. */
export const unlockInputSchema = z.object({ environment })

/** `/rerun [check...]`. */
export const rerunInputSchema = z.object({
  /** Check names (`oda / <name>`) to run again; none: every enabled check. */
  checks: z.array(z.string().max(64)).max(20).default([]).describe('Checks to run again (default: all)'),
})

/** Commands that are the App's own (no op behind them), with their default permissions. */
const ownCommands: readonly CommandSpec[] = [
  {
    name: 'help',
    summary: 'List the commands you may run here',
    input: z.object({}),
    positional: [],
    permission: 'read',
  },
  { name: 'locks', summary: 'List the environment locks', input: z.object({}), positional: [], permission: 'read' },
  {
    name: 'lock',
    summary: 'Lock an environment for this pull request, with a reason and an expiry (default 24h)',
    input: lockInputSchema,
    positional: ['environment'],
    permission: 'write',
    freeText: ['reason'],
  },
  {
    name: 'unlock',
    summary: "Release an environment's lock (its pull request, or maintain permission)",
    input: unlockInputSchema,
    positional: ['environment'],
    permission: 'write',
  },
  {
    name: 'rerun',
    summary: "Run oda's checks of this pull request again (all, or those named)",
    input: rerunInputSchema,
    positional: ['checks'],
    permission: 'write',
  },
]

// Commands that run an op: the grammar is the op's own input schema, like the CLI's.
const opCommands: readonly { name: string; op: string; toEnvironment?: boolean }[] = [
  { name: 'deploy', op: 'deploy', toEnvironment: true },
  { name: 'rollback', op: 'rollback' },
  { name: 'health', op: 'health' },
]

/** Every slash command, in /help order: op commands first (from the registry), then the App's own. */
export function commandSpecs(ops: readonly Op[]): CommandSpec[] {
  const fromOps = opCommands.flatMap((c): CommandSpec[] => {
    const op = ops.find((o) => o.name === c.op)
    if (!op) return []
    return [
      {
        name: c.name,
        summary: op.summary,
        op: op.name,
        input: op.input,
        positional: op.positional ?? [],
        permission: op.guard?.permission ?? 'read',
        freeText: ['reason'],
        ...(c.toEnvironment ? { toEnvironment: true } : {}),
      },
    ]
  })
  return [...fromOps, ...ownCommands]
}
