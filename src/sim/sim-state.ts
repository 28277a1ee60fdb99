import type { Json, JsonObject } from './json.ts'
import { notFound } from './sim-http-error.ts'

/** A repository the simulator serves, backed by a git directory on disk. */
export interface RepoState {
  id: number
  owner: string
  name: string
  gitDir: string
  defaultBranch: string
  installationId: number
  private: boolean
  createdAt: string
  /** Refs written through the API; `null` marks a git ref deleted through the API. */
  refs: Map<string, string | null>
  labels: Map<string, { id: number; name: string; color: string; description: string | null }>
  /** Permission per login for GET collaborators/{u}/permission; others get `read`. */
  collaborators: Map<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'>
  nextIssueNumber: number
}

export interface InstallationState {
  id: number
  account: string
  permissions: Record<string, string>
  events: string[]
}

export interface PullState {
  repo: string
  number: number
  title: string
  body: string | null
  user: string
  head: string
  /** Owner of the fork the head branch lives in; undefined for a branch of the repository itself. */
  headOwner?: string
  base: string
  headSha: string
  baseSha: string
  state: 'open' | 'closed'
  draft: boolean
  merged: boolean
  labels: string[]
  createdAt: string
  updatedAt: string
}

export interface CommentState {
  id: number
  repo: string
  issueNumber: number
  body: string
  user: string
  createdAt: string
  updatedAt: string
}

export interface ReactionState {
  id: number
  /** `issue:<owner/repo>#<n>` or `comment:<id>`. */
  subject: string
  content: string
  user: string
  createdAt: string
}

export interface AnnotationState extends JsonObject {
  path: string
  start_line: number
  end_line: number
  annotation_level: string
  message: string
}

export interface CheckRunState {
  id: number
  repo: string
  headSha: string
  name: string
  status: string
  conclusion: string | null
  startedAt: string
  completedAt: string | null
  detailsUrl: string | null
  externalId: string | null
  output: { title: string | null; summary: string | null; text: string | null; annotations: AnnotationState[] }
  actions: JsonObject[]
  checkSuiteId: number
  appId: number
  /** How many create/update requests wrote this run (the write budget a PR costs). */
  writes: number
}

export interface CheckSuiteState {
  id: number
  repo: string
  headSha: string
  headBranch: string | null
  appId: number
  status: string
  conclusion: string | null
  createdAt: string
  updatedAt: string
  rerequests: number
}

export interface StatusState {
  id: number
  repo: string
  sha: string
  state: string
  targetUrl: string | null
  description: string | null
  context: string
  creator: string
  createdAt: string
}

export interface DeploymentStatusState {
  id: number
  state: string
  description: string
  environment: string
  logUrl: string
  environmentUrl: string
  creator: string
  createdAt: string
}

export interface DeploymentState {
  id: number
  repo: string
  sha: string
  ref: string
  task: string
  payload: Json
  environment: string
  description: string | null
  creator: string
  transientEnvironment: boolean
  productionEnvironment: boolean
  createdAt: string
  updatedAt: string
  statuses: DeploymentStatusState[]
}

/** A repository ruleset as written through the API (`rules`/`conditions` kept as sent). */
export interface RulesetState {
  id: number
  repo: string
  name: string
  target: string
  enforcement: string
  bypassActors: Json[]
  conditions: Json
  rules: Json[]
  createdAt: string
  updatedAt: string
}

export interface ArtifactState {
  id: number
  name: string
  sizeInBytes: number
  createdAt: string
  expired: boolean
}

export interface WorkflowRunState {
  id: number
  repo: string
  workflowId: string
  runNumber: number
  name: string
  event: string
  status: string
  conclusion: string | null
  headBranch: string
  headSha: string
  inputs: Json
  actor: string
  createdAt: string
  updatedAt: string
  artifacts: ArtifactState[]
}

/**
 * Everything the simulator remembers. Plain maps, readable by tests
 * (`sim.state.checkRuns`), mutated only by route handlers and the sim's helpers.
 */
export class SimState {
  readonly repos = new Map<string, RepoState>()
  readonly installations = new Map<number, InstallationState>()
  readonly pulls = new Map<string, PullState>()
  readonly comments = new Map<number, CommentState>()
  readonly reactions = new Map<number, ReactionState>()
  readonly issueLabels = new Map<string, string[]>()
  readonly checkRuns = new Map<number, CheckRunState>()
  readonly checkSuites = new Map<number, CheckSuiteState>()
  readonly statuses = new Map<number, StatusState>()
  readonly deployments = new Map<number, DeploymentState>()
  readonly workflowRuns = new Map<number, WorkflowRunState>()
  readonly rulesets = new Map<number, RulesetState>()
  readonly users = new Map<string, number>()
  /** Teams by `org/slug`: direct members and the parent team's slug (nested teams). */
  readonly teams = new Map<string, { members: Set<string>; parent: string | undefined }>()
  #ids = new Map<string, number>()
  readonly now: () => Date

  constructor(now: () => Date = () => new Date()) {
    this.now = now
  }

  /** The next id of a kind; ids are distinct per kind and start high enough to look real. */
  nextId(kind: string): number {
    const next = (this.#ids.get(kind) ?? 1000) + 1
    this.#ids.set(kind, next)
    return next
  }

  /** GitHub-style timestamp (seconds precision, `Z`). */
  timestamp(): string {
    return this.now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
  }

  /** A stable numeric id for a login, created on first sight. */
  userId(login: string): number {
    let id = this.users.get(login)
    if (id === undefined) {
      id = this.nextId('user')
      this.users.set(login, id)
    }
    return id
  }

  /** The repository `owner/name`, or a 404 exactly like GitHub's. */
  repo(owner: string, name: string): RepoState {
    const r = this.repos.get(`${owner}/${name}`.toLowerCase())
    if (!r) throw notFound()
    return r
  }

  pull(repo: RepoState, number: number): PullState {
    const p = this.pulls.get(`${repo.owner}/${repo.name}#${number}`.toLowerCase())
    if (!p) throw notFound()
    return p
  }

  /** Check runs of a repo on a commit, oldest first. */
  checkRunsFor(repoKey: string, sha: string): CheckRunState[] {
    return [...this.checkRuns.values()].filter((c) => c.repo === repoKey && c.headSha === sha)
  }
}

/** The map key of a repo (`owner/name`, lower case: GitHub names are case-insensitive). */
export const repoKey = (r: { owner: string; name: string }): string => `${r.owner}/${r.name}`.toLowerCase()
