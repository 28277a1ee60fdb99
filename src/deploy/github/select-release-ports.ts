import { join } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import type { DeployLock, DeploymentLog, RefResolver } from '../ports.ts'
import { createFileDeployLock } from '../local/file-deploy-lock.ts'
import { createFileDeploymentLog } from '../local/file-deployment-log.ts'
import { createGitRefResolver } from '../local/git-ref-resolver.ts'
import { clientFromToken } from '../../github/client-from-token.ts'
import { createGitHubDeploymentLog } from './github-deployment-log.ts'
import { createGitHubRefResolver } from './github-ref-resolver.ts'
import { createGitHubDeployLock } from './github-deploy-lock.ts'

/** Where a release resolves refs, takes its lock and records deployments. */
export interface ReleasePorts {
  refs: RefResolver
  lock: DeployLock
  deployments: DeploymentLog
  /** `github` when the Deployments API and lock refs are used, `local` for the file fallback. */
  mode: 'github' | 'local'
}

/**
 * GitHub when the face gave a client and a repository (Actions, App): lock refs and the
 * Deployments API, visible to every face. Otherwise (local CLI) files under `.oda/state`
 * and the local git checkout, so the ops still work with no GitHub at all. A face that gives
 * only a token (`ports.githubToken`, `ports.githubApiUrl`) gets a paced Probot Octokit.
 */
export async function selectReleasePorts(ctx: OpContext, anchorSha: () => Promise<string>): Promise<ReleasePorts> {
  const repo = ctx.ports.repo
  const token = ctx.ports.githubToken
  const github =
    ctx.ports.github ??
    (repo && token
      ? await clientFromToken({ token, baseUrl: ctx.ports.githubApiUrl ?? 'https://api.github.com' })
      : undefined)
  if (github && repo) {
    const o = { octokit: github, owner: repo.owner, repo: repo.repo }
    return {
      mode: 'github',
      refs: createGitHubRefResolver(o),
      deployments: createGitHubDeploymentLog(o),
      lock: createGitHubDeployLock({ ...o, now: ctx.now, anchorSha }),
    }
  }
  const state = join(ctx.cwd, '.oda', 'state')
  return {
    mode: 'local',
    refs: createGitRefResolver({ exec: ctx.exec, cwd: ctx.cwd }),
    deployments: createFileDeploymentLog({ file: join(state, 'deployments.json'), now: ctx.now }),
    lock: createFileDeployLock({ dir: join(state, 'locks'), now: ctx.now }),
  }
}
