import type { OdaConfig } from '../../src/config/schema.ts'
import type { CommandSpec } from '../../src/commands/command-spec.ts'
import { isLockExpired } from '../../src/deploy/encode-lock.ts'
import type { LockInfo } from '../../src/deploy/ports.ts'
import { permits, type PolicyRule } from '../../src/engine/policy/evaluate-policy.ts'
import type { Permission } from '../../src/op/define-op.ts'

/** What the worker found out before any rule is judged (rules are pure). */
export interface CommandFacts {
  spec: CommandSpec
  environment: string | undefined
  actor: string
  permission: Permission
  /** Whether the commenter is in the command's allow list; undefined when it has none. */
  inAllowList: boolean | undefined
  /** The environment's lock as read before the run, when the command targets one. */
  lock: LockInfo | undefined
  /** The lock id this PR's locks carry (`pr:<number>`). */
  lockId: string
  now: Date
}

/** The permission a command needs on an environment, and where each part of it comes from. */
export function commandPermission(
  spec: CommandSpec,
  environment: string | undefined,
  config: OdaConfig,
): { permission: Permission; source: string } {
  const configured = config.commands.permissions[spec.name]
  let best = configured
    ? { permission: configured, source: `.github/oda.yml commands.permissions.${spec.name}` }
    : { permission: spec.permission, source: `command /${spec.name} default` }
  const envLevel = environment === undefined ? undefined : config.commands.environments[environment]
  if (envLevel && !permits(best.permission, envLevel))
    best = { permission: envLevel, source: `.github/oda.yml commands.environments.${environment}` }
  return best
}

/** Human form of a lock holder: "#12 (db migration, until 2026-...)". */
export function describeLock(info: LockInfo): string {
  const who = /^pr:\d+$/.test(info.runId) ? `#${info.runId.slice(3)}` : info.runUrl
  return `${who} (${info.owner}: ${info.reason}, expires ${info.expiresAt})`
}

/**
 * The slash face's policy rules, run by the engine next to its own (op permission, freeze):
 * the command's permission (per command and per environment), its allow list, and the
 * environment lock. Each yields a decision record, allow and deny alike.
 */
export function commandRules(f: CommandFacts, config: OdaConfig): PolicyRule[] {
  const rules: PolicyRule[] = [
    {
      rule: 'command-permission',
      evaluate: () => {
        const need = commandPermission(f.spec, f.environment, config)
        const ok = permits(f.permission, need.permission)
        return {
          verdict: ok ? 'allow' : 'deny',
          reason: ok
            ? `${f.actor} has ${f.permission}, /${f.spec.name}${f.environment ? ` on ${f.environment}` : ''} needs ${need.permission} (${need.source})`
            : `${f.actor} has ${f.permission} permission but /${f.spec.name}${f.environment ? ` on ${f.environment}` : ''} needs ${need.permission} (${need.source})`,
          inputs: { actor: f.actor, permission: f.permission, required: need.permission, source: need.source },
        }
      },
    },
  ]
  if (f.inAllowList !== undefined)
    rules.push({
      rule: 'allow-list',
      evaluate: () => ({
        verdict: f.inAllowList ? 'allow' : 'deny',
        reason: f.inAllowList
          ? `${f.actor} is in the allow list of /${f.spec.name}`
          : `${f.actor} is not in the users or teams of .github/oda.yml commands.allow.${f.spec.name}`,
        inputs: { actor: f.actor, ...config.commands.allow[f.spec.name] },
      }),
    })
  if (f.environment !== undefined && ['deploy', 'rollback', 'lock'].includes(f.spec.name))
    rules.push({
      rule: 'environment-lock',
      evaluate: () => {
        const held = f.lock && !isLockExpired(f.lock, f.now) ? f.lock : undefined
        if (!held) return { verdict: 'allow', reason: `${f.environment} is not locked`, inputs: {} }
        if (held.runId === f.lockId && f.spec.name === 'lock')
          return { verdict: 'allow', reason: `${f.environment} is locked by this pull request: renewed`, inputs: {} }
        const mine = held.runId === f.lockId ? ' (this pull request: /unlock it first)' : ''
        return {
          verdict: 'deny',
          reason: `${f.environment} is locked by ${describeLock(held)}${mine}`,
          inputs: { holder: held.runId, expiresAt: held.expiresAt },
        }
      },
    })
  if (f.environment !== undefined && f.spec.name === 'unlock')
    rules.push({
      rule: 'lock-owner',
      evaluate: () => {
        const held = f.lock
        if (!held || held.runId === f.lockId)
          return { verdict: 'allow', reason: held ? 'the lock is this pull request’s' : 'not locked', inputs: {} }
        const ok = permits(f.permission, 'maintain')
        return {
          verdict: ok ? 'allow' : 'deny',
          reason: ok
            ? `${f.actor} has ${f.permission}: may release a lock held by ${describeLock(held)}`
            : `the lock is held by ${describeLock(held)}; only that pull request or maintain permission may release it`,
          inputs: { holder: held.runId, permission: f.permission },
        }
      },
    })
  return rules
}
