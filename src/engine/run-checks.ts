import type { OdaConfig } from '../config/schema.ts'
import type { Op } from '../op/define-op.ts'
import type { RunRecord } from './run-record.ts'
import { runOp, type RunOpOptions } from './run-op.ts'

/** The ops that are PR checks and are enabled in `config` (each section's `enabled`). */
export function enabledChecks(ops: readonly Op[], config: OdaConfig): Op[] {
  return ops.filter((op) => {
    if (!op.check) return false
    const section = (config as Record<string, unknown>)[op.check.name]
    const enabled =
      section && typeof section === 'object' && 'enabled' in section ? (section as { enabled: unknown }).enabled : true
    return enabled !== false
  })
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
  const out: CheckRun[] = []
  for (const op of enabledChecks(o.ops, o.config)) {
    const rawInput = op.check!.input({ dir: o.dir, changedFiles: o.changedFiles, base: o.base, head: o.head })
    const record = await runOp({
      ...o,
      op,
      rawInput,
      evidence: o.evidence ? { ...o.evidence, topic: op.check!.name } : undefined,
    })
    out.push({ op, name: `oda / ${op.check!.name}`, record })
  }
  return out
}
