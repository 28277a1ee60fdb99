import { existsSync, readFileSync } from 'node:fs'
import type { OpContext } from '../../../op/context.ts'

/** `--base` names nothing git can compare with: a usage error (exit code 2). */
export class BaseRefError extends Error {
  override name = 'BaseRefError'
  readonly usage = true
}

/** Where the changed files came from, for the summary. */
export interface ChangedFiles {
  files: string[]
  /** `--base origin/main`, `the pull request base 1a2b3c4`... */
  source: string
}

/**
 * The files changed since `base`, as a pull request shows them: everything that differs between
 * the merge base of `base` and HEAD and the working tree (commits and uncommitted edits), plus
 * untracked files; renames count as a removal and an addition, so a moved addon is affected too.
 */
export async function changedFilesSince(ctx: OpContext, root: string, base: string): Promise<string[]> {
  const mergeBase = await ctx.exec('git', ['-C', root, 'merge-base', base, 'HEAD'], { maxBuffer: 4096 })
  if (mergeBase.exitCode !== 0)
    throw new BaseRefError(
      `--base ${base}: git found no common history with HEAD in ${root} (${firstLine(mergeBase.stderr) || `exit code ${mergeBase.exitCode ?? 'none'}`}); fetch the base branch first (actions/checkout with fetch-depth: 0) or pass --changed-files`,
    )
  const at = mergeBase.stdout.trim()
  const diff = await ctx.exec('git', ['-C', root, 'diff', '--name-only', '--no-renames', '--relative', '-z', at, '--'])
  const untracked = await ctx.exec('git', ['-C', root, 'ls-files', '--others', '--exclude-standard', '-z'])
  if (diff.exitCode !== 0 || untracked.exitCode !== 0)
    throw new BaseRefError(`--base ${base}: git diff failed in ${root}: ${firstLine(diff.stderr || untracked.stderr)}`)
  return [...new Set([...diff.stdout.split('\0'), ...untracked.stdout.split('\0')].filter(Boolean))].sort()
}

/**
 * Refs an Actions run on a pull request knows its base by, most exact first: the base commit
 * from the event payload, then the base branch as actions/checkout fetches it.
 */
export function actionBaseCandidates(env: Readonly<Record<string, string | undefined>>): string[] {
  const out: string[] = []
  const eventPath = env['GITHUB_EVENT_PATH']
  if (eventPath && existsSync(eventPath)) {
    try {
      const event: unknown = JSON.parse(readFileSync(eventPath, 'utf8'))
      const sha = baseShaOf(event)
      if (sha) out.push(sha)
    } catch {
      // An unreadable event file leaves the branch name to try.
    }
  }
  const ref = env['GITHUB_BASE_REF']
  if (ref) out.push(`origin/${ref}`)
  return out
}

function baseShaOf(event: unknown): string | undefined {
  if (typeof event !== 'object' || event === null || !('pull_request' in event)) return undefined
  const pr = event.pull_request
  if (typeof pr !== 'object' || pr === null || !('base' in pr)) return undefined
  const base = pr.base
  if (typeof base !== 'object' || base === null || !('sha' in base)) return undefined
  return typeof base.sha === 'string' && /^[0-9a-f]{40}$/.test(base.sha) ? base.sha : undefined
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? ''
}
