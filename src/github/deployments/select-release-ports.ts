import { join } from 'node:path'
import type { OpContext } from '../../engine/context.ts'
import type { DeployLock, DeploymentLog, RefResolver } from '../../deploy/ports.ts'
import { createFileDeployLock } from '../../deploy/local/file-deploy-lock.ts'
import { createFileDeploymentLog } from '../../deploy/local/file-deployment-log.ts'
import { createGitRefResolver } from '../../deploy/local/git-ref-resolver.ts'
import { isOctokitLike } from './octokit-like.ts'
import { createGitHubDeploymentLog } from './github-deployment-log.ts'
import { createGitHubRefResolver } from './github-ref-resolver.ts'
import { createGitHubDeployLock } from '../locks/github-deploy-lock.ts'

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
 * and the local git checkout, so the ops still work with no GitHub at all.
 */
export function selectReleasePorts(ctx: OpContext, anchorSha: () => Promise<string>): ReleasePorts {
  const github = ctx.ports.github
  const repo = ctx.ports.repo
  if (isOctokitLike(github) && repo) {
    const o = { octokit: github, owner: repo.owner, repo: repo.repo }
    return { mode: 'github', refs: createGitHubRefResolver(o), deployments: createGitHubDeploymentLog(o), lock: createGitHubDeployLock({ ...o, now: ctx.now, anchorSha }) }
  }
  const state = join(ctx.cwd, '.oda', 'state')
  return {
    mode: 'local',
    refs: createGitRefResolver({ exec: ctx.exec, cwd: ctx.cwd }),
    deployments: createFileDeploymentLog({ file: join(state, 'deployments.json'), now: ctx.now }),
    lock: createFileDeployLock({ dir: join(state, 'locks'), now: ctx.now }),
  }
}
