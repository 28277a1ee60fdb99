import { existsSync } from 'node:fs'
import type { SimCore } from './sim-core.ts'
import { repoKey, type RepoState } from './sim-state.ts'

export interface AddRepoOptions {
  owner: string
  repo: string
  /** A git directory on disk (bare, or a work tree's top folder). */
  gitDir: string
  /** Default `main`. */
  defaultBranch?: string
  /** Installation of the app that covers this repo; by default one per owner. */
  installationId?: number
  private?: boolean
}

/** Serves a local git repository as `owner/repo`, installing the app on its owner if needed. */
export function addRepo(core: SimCore, o: AddRepoOptions): RepoState {
  if (!existsSync(o.gitDir))
    throw new Error(`addRepo: gitDir ${o.gitDir} does not exist; pass a git repository (bare or not)`)
  const { state } = core
  let installationId = o.installationId
  if (installationId === undefined)
    installationId = [...state.repos.values()].find(
      (r) => r.owner.toLowerCase() === o.owner.toLowerCase(),
    )?.installationId
  if (installationId === undefined) installationId = state.nextId('installation')
  if (!state.installations.has(installationId)) {
    state.installations.set(installationId, {
      id: installationId,
      account: o.owner,
      permissions: {
        checks: 'write',
        contents: 'write',
        pull_requests: 'write',
        issues: 'write',
        deployments: 'write',
        statuses: 'write',
        actions: 'write',
        metadata: 'read',
      },
      events: ['pull_request', 'check_run', 'check_suite', 'issue_comment'],
    })
  }
  const repo: RepoState = {
    id: state.nextId('repo'),
    owner: o.owner,
    name: o.repo,
    gitDir: o.gitDir,
    defaultBranch: o.defaultBranch ?? 'main',
    installationId,
    private: o.private ?? false,
    createdAt: state.timestamp(),
    refs: new Map(),
    labels: new Map(),
    collaborators: new Map(),
    nextIssueNumber: 1,
  }
  state.repos.set(repoKey(repo), repo)
  return repo
}
