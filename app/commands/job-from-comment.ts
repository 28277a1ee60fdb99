import { extractCommandLines } from '../../src/commands/extract-command-lines.ts'
import { MAX_COMMENT_CHARS } from '../../src/commands/parse-comment.ts'
import type { CommandJob } from './command-job.ts'

/**
 * Maps an `issue_comment` event to a command job, or undefined when the comment holds no
 * command line (most comments): those cost one regex scan and never reach the queue. Pure, so
 * the webhook is answered at once; who may run what is the worker's business.
 */
export function jobFromComment(e: { name: string; id: string; payload: unknown }): CommandJob | undefined {
  if (e.name !== 'issue_comment') return undefined
  const p = obj(e.payload)
  const action = str(p['action'])
  if (action !== 'created' && action !== 'edited') return undefined
  const installationId = num(obj(p['installation'])['id'])
  const repository = obj(p['repository'])
  const owner = str(obj(repository['owner'])['login'])
  const repo = str(repository['name'])
  const issue = obj(p['issue'])
  const comment = obj(p['comment'])
  const user = obj(comment['user'])
  const body = typeof comment['body'] === 'string' ? comment['body'] : ''
  const issueNumber = num(issue['number'])
  const commentId = num(comment['id'])
  const actor = str(user['login'])
  if (installationId === undefined || !owner || !repo || issueNumber === undefined || commentId === undefined || !actor)
    return undefined
  if (body.length > MAX_COMMENT_CHARS || extractCommandLines(body).length === 0) return undefined
  return {
    installationId,
    owner,
    repo,
    issueNumber,
    isPull: typeof issue['pull_request'] === 'object' && issue['pull_request'] !== null,
    issueUrl: str(issue['html_url']) ?? '',
    commentId,
    commentUrl: str(comment['html_url']) ?? '',
    body,
    actor,
    actorIsBot: user['type'] === 'Bot' || actor.endsWith('[bot]'),
    edited: action === 'edited',
    deliveryId: e.id,
  }
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
