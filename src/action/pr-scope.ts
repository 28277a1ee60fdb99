import { runCommand } from '../exec/run-command.ts'
import { readActionsEvent } from '../face/github-actions-actor.ts'
import type { Op } from '../op/define-op.ts'

const SHA = /^[0-9a-f]{40}$/

/** The base and head commits of the pull request the workflow runs for, from its event payload. */
export function pullRequestCommits(
  env: Readonly<Record<string, string | undefined>>,
): { base: string; head: string } | undefined {
  const name = env['GITHUB_EVENT_NAME']
  if (name !== 'pull_request' && name !== 'pull_request_target') return undefined
  const event = readActionsEvent(env['GITHUB_EVENT_PATH'])
  const pr = field(event, 'pull_request')
  const base = field(field(pr, 'base'), 'sha')
  const head = field(field(pr, 'head'), 'sha')
  return typeof base === 'string' && typeof head === 'string' && SHA.test(base) && SHA.test(head)
    ? { base, head }
    : undefined
}

/**
 * On a pull request, a check the caller did not scope looks at the PR's change only, as the App
 * does: the op's own PR input from the event's base and head commits. The commits are fetched
 * from `origin` when the checkout lacks them (actions/checkout fetches one commit by default).
 * Returns the raw input to run and a note for the log, or the input unchanged.
 */
export async function scopeToPullRequest(scope: {
  op: Op
  rawInput: Record<string, unknown>
  env: Readonly<Record<string, string | undefined>>
  repoDir: string
}): Promise<{ rawInput: Record<string, unknown>; note?: string }> {
  const scopeInputs = scope.op.check?.scopeInputs
  if (!scopeInputs || scopeInputs.some((k) => scope.rawInput[k] !== undefined)) return { rawInput: scope.rawInput }
  const pr = pullRequestCommits(scope.env)
  if (!pr) return { rawInput: scope.rawInput }
  await fetchMissing(scope.repoDir, [pr.base, pr.head])
  const dir = typeof scope.rawInput['dir'] === 'string' ? scope.rawInput['dir'] : '.'
  const scoped = scope.op.check!.input({ dir, base: pr.base, head: pr.head })
  return {
    rawInput: { ...scope.rawInput, ...scoped, dir },
    note: `pull request: scanning the change ${pr.base.slice(0, 7)}...${pr.head.slice(0, 7)} (give ${scopeInputs.join(', ')} to choose otherwise)`,
  }
}

async function fetchMissing(repoDir: string, shas: readonly string[]): Promise<void> {
  const git = (args: string[]) => runCommand({ file: 'git', args: ['-C', repoDir, ...args], timeoutMs: 300_000 })
  const missing: string[] = []
  for (const sha of shas) if ((await git(['cat-file', '-e', `${sha}^{commit}`])).exitCode !== 0) missing.push(sha)
  if (missing.length === 0) return
  const shallow = (await git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true'
  // A failed fetch is left to the op, whose error names the missing revision and the fix.
  await git(['fetch', '--no-tags', '--no-recurse-submodules', ...(shallow ? ['--depth=1'] : []), 'origin', ...missing])
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined
}
