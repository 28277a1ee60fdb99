import type { OdaConfig } from '../config/schema.ts'
import type { Op, OpCheck } from '../op/define-op.ts'
import type { RunRecord } from './run-record.ts'
import { runOp, type RunOpOptions } from './run-op.ts'

/**
 * The ops that are PR checks and are enabled in `config` (each section's `enabled`), in
 * registry order; with `only`, just the checks named there (`manifest`, `secrets`...).
 */
export function enabledChecks(ops: readonly Op[], config: OdaConfig, only?: ReadonlySet<string>): Op[] {
  return ops.filter((op) => {
    if (!op.check || (only && !only.has(op.check.name))) return false
    const section = (config as Record<string, unknown>)[op.check.name]
    const enabled =
      section && typeof section === 'object' && 'enabled' in section ? (section as { enabled: unknown }).enabled : true
    return enabled !== false
  })
}

/** What a check looks at: the checkout, and the PR's change when there is one. */
export type CheckScope = Parameters<OpCheck['input']>[0]

/** One check as every face runs it: the op, its check run name, and the raw input for the scope. */
export interface PlannedCheck {
  op: Op
  /** `oda / manifest`: the name every face shows. */
  name: string
  rawInput: Record<string, unknown>
}

/**
 * The one "run all checks" loop of every face (`oda check`, the App's PR checks, the MCP
 * ciGuard tool): each enabled check gets the input its `check.input` builds for `scope` and
 * goes to `run`. One after the other by default; `parallel` starts them all at once (the App,
 * where each reports on its own check run). Results come back in registry order.
 */
export async function eachCheck<T>(checks: {
  ops: readonly Op[]
  config: OdaConfig
  only?: ReadonlySet<string>
  scope: CheckScope
  parallel?: boolean
  run: (check: PlannedCheck) => Promise<T>
}): Promise<T[]> {
  const planned = enabledChecks(checks.ops, checks.config, checks.only).map((op) => ({
    op,
    name: `oda / ${op.check!.name}`,
    rawInput: op.check!.input(checks.scope),
  }))
  if (checks.parallel) return Promise.all(planned.map(checks.run))
  const out: T[] = []
  for (const check of planned) out.push(await checks.run(check))
  return out
}

/** A check's run, labelled with the check run name every face shows (`oda / manifest`). */
export interface CheckRun {
  op: Op
  name: string
  record: RunRecord
}

/**
 * Runs every enabled check on a repository folder, one run record each, in registry order.
 * `changedFiles`/`base`/`head` make PR-aware checks (secrets diff mode) look only at the change.
 */
export async function runChecks(
  o: Omit<RunOpOptions, 'op' | 'rawInput'> & {
    ops: readonly Op[]
    dir: string
    config: OdaConfig
    changedFiles?: readonly string[]
    base?: string
    head?: string
  },
): Promise<CheckRun[]> {
  const { ops, dir, changedFiles, base, head, ...options } = o
  return eachCheck({
    ops,
    config: o.config,
    scope: { dir, changedFiles, base, head },
    run: async ({ op, name, rawInput }) => {
      const evidence = o.evidence ? { ...o.evidence, topic: op.check!.name } : undefined
      return { op, name, record: await runOp({ ...options, op, rawInput, evidence }) }
    },
  })
}
