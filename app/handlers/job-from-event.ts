import { checkFromRunName } from '../../src/github/check-run-name.ts'
import { APPROVE_ACTION, RERUN_ACTION } from '../../src/github/check-run-actions.ts'
import type { CheckJob } from '../check-job.ts'

/** The webhook fields oda reads; everything else in a payload is ignored. */
export interface EventInput {
  name: string
  id: string
  payload: unknown
}

/**
 * Maps a webhook event to the check job it asks for, or undefined when it asks for none
 * (a closed PR, a button that is not ours, an event without installation). Pure: the
 * handlers call it and enqueue, nothing else, so the webhook is answered at once.
 */
export function jobFromEvent(e: EventInput): CheckJob | undefined {
  const p = obj(e.payload)
  const action = str(p['action'])
  const installationId = num(obj(p['installation'])['id'])
  const repository = obj(p['repository'])
  const owner = str(obj(repository['owner'])['login'])
  const repo = str(repository['name'])
  const actor = str(obj(p['sender'])['login']) ?? 'github'
  if (installationId === undefined || !owner || !repo) return undefined
  const base = { installationId, owner, repo, actor, deliveryId: e.id, reason: `${e.name}.${action ?? ''}` }

  if (e.name === 'pull_request') {
    if (!['opened', 'synchronize', 'reopened', 'ready_for_review'].includes(action ?? '')) return undefined
    const pr = obj(p['pull_request'])
    const head = obj(pr['head'])
    const sha = str(head['sha'])
    const number = num(pr['number'])
    if (!sha || number === undefined) return undefined
    return {
      ...base,
      headSha: sha,
      headBranch: str(head['ref']),
      pullNumber: number,
      baseSha: str(obj(pr['base'])['sha']),
    }
  }
  if (e.name === 'check_suite') {
    if (action !== 'requested' && action !== 'rerequested') return undefined
    const suite = obj(p['check_suite'])
    const sha = str(suite['head_sha'])
    if (!sha) return undefined
    const pr = firstPull(suite['pull_requests'])
    // A rerequested suite is an explicit ask to run again: keyed by delivery, all checks.
    const rerun = action === 'rerequested' ? { checks: [] as string[] } : {}
    return { ...base, headSha: sha, headBranch: str(suite['head_branch']), ...pr, ...rerun }
  }
  if (e.name === 'check_run') {
    const run = obj(p['check_run'])
    const identifier = str(obj(p['requested_action'])['identifier'])
    if (action === 'requested_action' && identifier !== RERUN_ACTION && identifier !== APPROVE_ACTION) return undefined
    if (action !== 'rerequested' && action !== 'requested_action') return undefined
    const check = checkFromRunName(str(run['name']) ?? '')
    const sha = str(run['head_sha'])
    if (!check || !sha) return undefined
    // The branch lets the worker tell a commit pushed to the repository from one of a fork's PR.
    const headBranch = str(obj(run['check_suite'])['head_branch'])
    // An approval is for this check run's commit only: the worker checks the clicker's permission.
    const approval = action === 'requested_action' && identifier === APPROVE_ACTION ? { approval: { by: actor } } : {}
    return {
      ...base,
      headSha: sha,
      ...(headBranch ? { headBranch } : {}),
      ...firstPull(run['pull_requests']),
      checks: [check],
      ...approval,
    }
  }
  return undefined
}

function firstPull(list: unknown): { pullNumber?: number; baseSha?: string } {
  if (!Array.isArray(list) || list.length === 0) return {}
  const pr = obj(list[0])
  const n = num(pr['number'])
  const baseSha = str(obj(pr['base'])['sha'])
  return { ...(n === undefined ? {} : { pullNumber: n }), ...(baseSha ? { baseSha } : {}) }
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v } : {}
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}
