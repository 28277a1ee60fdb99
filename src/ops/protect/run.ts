import type { OpContext } from '../../op/context.ts'
import type { GitHubClient } from '../../op/github-client.ts'
import { makeReport, type Report } from '../../op/report.ts'
import { clientFromToken } from '../../github/client-from-token.ts'
import { checkRunName } from '../../github/check-run-name.ts'
import { planRequiredChecks, type RequiredChecksPlan, type StatusCheck } from './plan-required-checks.ts'
import type { ProtectInput } from './schema.ts'

/** The ruleset oda owns; found again by this name, so a rerun updates it instead of adding another. */
export const RULESET_NAME = 'oda required checks'

/** The repository has more rulesets than one page: oda will not guess which is its own. */
const MAX_RULESETS = 100

class ProtectError extends Error {
  override name = 'ProtectError'
  readonly usage = true
}

interface Rule {
  type: string
  parameters?: Record<string, unknown>
}

interface Ruleset {
  id: number
  name: string
  rules?: Rule[]
}

/** What `oda protect` did (or would do), the report's data. */
export interface ProtectRecord {
  dryRun: boolean
  /** The ruleset written, or to update; undefined when one would be created. */
  rulesetId?: number
  created: boolean
  changed: boolean
  add: string[]
  remove: string[]
  required: string[]
}

async function githubOf(ctx: OpContext): Promise<{ gh: GitHubClient; owner: string; repo: string }> {
  const repo = ctx.ports.repo
  const token = ctx.ports.githubToken
  const gh =
    ctx.ports.github ??
    (repo && token
      ? await clientFromToken({ token, baseUrl: ctx.ports.githubApiUrl ?? 'https://api.github.com' })
      : undefined)
  if (!gh || !repo)
    throw new ProtectError(
      'protect changes the repository on GitHub: run it where oda has a GitHub repository and token (the Action, the App)',
    )
  return { gh, owner: repo.owner, repo: repo.repo }
}

const statusRuleOf = (rules: readonly Rule[]): Rule | undefined =>
  rules.find((r) => r.type === 'required_status_checks')

function currentChecks(rule: Rule | undefined): StatusCheck[] {
  const list = rule?.parameters?.['required_status_checks']
  return Array.isArray(list) ? (list as StatusCheck[]) : []
}

/** Every rule of the ruleset as it was, with the status-check rule's list replaced (or added). */
function nextRules(rules: readonly Rule[], next: StatusCheck[]): Rule[] {
  const rule = statusRuleOf(rules)
  if (!rule)
    return [
      ...rules,
      {
        type: 'required_status_checks',
        parameters: { required_status_checks: next, strict_required_status_checks_policy: false },
      },
    ]
  return rules.map((r) =>
    r === rule
      ? {
          ...r,
          parameters: {
            strict_required_status_checks_policy: false,
            ...r.parameters,
            required_status_checks: next,
          },
        }
      : r,
  )
}

function render(record: ProtectRecord, target: string): Report {
  const diff = [...record.add.map((c) => `+ ${c}`), ...record.remove.map((c) => `- ${c}`)]
  const verb = record.dryRun ? 'would' : 'will'
  const title = !record.changed
    ? `${target} already requires the enabled oda checks`
    : record.dryRun
      ? `dry run: ${record.add.length} check(s) to add, ${record.remove.length} to remove`
      : `${record.created ? 'created' : 'updated'} ruleset "${RULESET_NAME}": ${record.add.length} added, ${record.remove.length} removed`
  const summary = [
    `Ruleset **${RULESET_NAME}**${record.rulesetId ? ` (id ${record.rulesetId})` : record.changed ? ` ${verb} be created` : ''} on ${target}.`,
    diff.length ? ['', '```diff', ...diff, '```'].join('\n') : '',
    '',
    `Required oda checks: ${record.required.length ? record.required.map((c) => `\`${c}\``).join(', ') : 'none'}.`,
  ].join('\n')
  return makeReport({ conclusion: 'success', title, summary, data: record })
}

/**
 * Makes the default branch require the enabled oda checks:
 * 1. the check names from the configuration (`oda / <check>` for each enabled check);
 * 2. oda's ruleset, read in full; every other ruleset and rule stays as it is;
 * 3. the plan: checks to add, oda checks to drop, other tools' checks kept;
 * 4. dry run or nothing to change: the plan only; otherwise create or update the ruleset.
 */
/**
 * The PR checks, in the order the registry lists them (each is also its config section).
 * An op does not import the registry that lists it; a test keeps this list equal to it.
 */
export const PR_CHECKS = ['spec-kit', 'manifest', 'secrets', 'odoo-ci'] as const

export async function runProtect(ctx: OpContext, input: ProtectInput): Promise<Report> {
  const { gh, owner, repo } = await githubOf(ctx)
  const wanted = PR_CHECKS.filter((name) => ctx.config[name].enabled !== false).map(checkRunName)
  const existing = await ctx.step('read rulesets', async (h) => {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/rulesets', {
      owner,
      repo,
      per_page: MAX_RULESETS,
      includes_parents: false,
    })
    const list = data as Ruleset[]
    h.note(`${list.length} ruleset(s)`)
    const own = list.find((r) => r.name === RULESET_NAME)
    if (!own) {
      if (list.length >= MAX_RULESETS)
        throw new Error(`${owner}/${repo} has ${MAX_RULESETS} or more rulesets; oda reads one page only`)
      return undefined
    }
    const full = await gh.request('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
      owner,
      repo,
      ruleset_id: own.id,
    })
    return full.data as Ruleset
  })
  const rules = existing?.rules ?? []
  const plan: RequiredChecksPlan = planRequiredChecks(currentChecks(statusRuleOf(rules)), wanted)
  const changed = !existing || plan.add.length > 0 || plan.remove.length > 0
  const record: ProtectRecord = {
    dryRun: input.dryRun,
    rulesetId: existing?.id,
    created: false,
    changed,
    add: plan.add,
    remove: plan.remove,
    required: wanted,
  }
  const target = `${owner}/${repo}'s default branch`
  if (input.dryRun || !changed) return render(record, target)
  await ctx.step(existing ? 'update ruleset' : 'create ruleset', async (h) => {
    if (existing) {
      await gh.request('PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
        owner,
        repo,
        ruleset_id: existing.id,
        rules: nextRules(rules, plan.next),
      })
    } else {
      const { data } = await gh.request('POST /repos/{owner}/{repo}/rulesets', {
        owner,
        repo,
        name: RULESET_NAME,
        target: 'branch',
        enforcement: 'active',
        conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
        rules: nextRules([], plan.next),
      })
      record.rulesetId = (data as Ruleset).id
      record.created = true
    }
    h.note(`ruleset ${record.rulesetId}: +${plan.add.length} -${plan.remove.length}`)
  })
  return render(record, target)
}
