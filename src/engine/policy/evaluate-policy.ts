import type { OdaConfig } from '../../config/schema.ts'
import type { Op, Permission } from '../../op/define-op.ts'
import { permissionLevels } from '../../op/define-op.ts'
import type { PolicyDecision } from '../run-record.ts'
import { requiredPermission } from './required-permission.ts'

/** A rule a face or op adds on top of the built-in ones (e.g. required checks for deploys). */
export interface PolicyRule {
  rule: string
  evaluate: (facts: PolicyFacts) => Omit<PolicyDecision, 'rule' | 'at'> | undefined
}

/** What the policy looks at. Everything here is recorded in the PDRs, so no secrets. */
export interface PolicyFacts {
  op: Op
  input: unknown
  actor: string
  actorPermission: Permission
  environment: string | undefined
  config: OdaConfig
  now: Date
}

/**
 * Decides whether a run may start. Every rule that applies yields a Policy Decision Record,
 * allow and deny alike, so an audit can show why something was allowed as well as refused.
 */
export function evaluatePolicy(facts: PolicyFacts, extra: readonly PolicyRule[] = []): PolicyDecision[] {
  const at = facts.now.toISOString()
  const out: PolicyDecision[] = []
  for (const rule of [permissionRule, freezeRule, ...extra]) {
    const d = rule.evaluate(facts)
    if (d) out.push({ rule: rule.rule, at, ...d })
  }
  return out
}

/** The first deny among decisions, if any. */
export function firstDenial(decisions: readonly PolicyDecision[]): PolicyDecision | undefined {
  return decisions.find((d) => d.verdict === 'deny')
}

/** Compares permission levels (admin > maintain > write > triage > read > none). */
export function permits(actual: Permission, required: Permission): boolean {
  return permissionLevels.indexOf(actual) >= permissionLevels.indexOf(required)
}

const permissionRule: PolicyRule = {
  rule: 'permission',
  evaluate: ({ op, actor, actorPermission, config }) => {
    const { permission: required, source } = requiredPermission(op, config)
    const ok = permits(actorPermission, required)
    return {
      verdict: ok ? 'allow' : 'deny',
      reason: ok
        ? `${actor} has ${actorPermission}, ${required} required (${source})`
        : `${actor} has ${actorPermission} permission but ${op.name} requires ${required} (${source})`,
      inputs: { actor, actorPermission, required, source },
    }
  },
}

const freezeRule: PolicyRule = {
  rule: 'freeze-window',
  evaluate: ({ op, environment, config, now }) => {
    if (!op.sideEffects || op.guard?.freezeExempt || config.policy.freezes.length === 0) return undefined
    const active = config.policy.freezes.find((f) => {
      const from = Date.parse(f.from)
      const to = Date.parse(f.to)
      const covers = f.environments.length === 0 || (environment !== undefined && f.environments.includes(environment))
      return covers && now.getTime() >= from && now.getTime() < to
    })
    return active
      ? {
          verdict: 'deny',
          reason: `change freeze ${active.from} .. ${active.to}: ${active.reason}`,
          inputs: { environment, freeze: active },
        }
      : {
          verdict: 'allow',
          reason: 'no change freeze is active',
          inputs: { environment, freezes: config.policy.freezes.length },
        }
  },
}
