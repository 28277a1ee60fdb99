import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { simKeyPair, newInstallationToken } from './app-auth.ts'
import { Barriers, type Barrier } from './barrier.ts'
import { FaultInjector } from './fault-injector.ts'
import { GitReader } from './git-reader.ts'
import { handleRequest, type Pipeline } from './handle-request.ts'
import { RouteMatcher } from './match-route.ts'
import { sharedOpenapiValidator } from './openapi-validator.ts'
import { RateLimits } from './rate-limit.ts'
import { RouteLog } from './route-log.ts'
import { routes } from './routes/all-routes.ts'
import type { DispatchListener } from './routes/actions-routes.ts'
import type { SimApp, SimCore } from './sim-core.ts'
import type { SimResponse } from './sim-request.ts'
import {
  repoKey,
  SimState,
  type ArtifactState,
  type CheckRunState,
  type PullState,
  type RepoState,
  type WorkflowRunState,
} from './sim-state.ts'
import { formatViolation, type Violation } from './violation.ts'
import { SimWebhooks } from './webhooks/sim-webhooks.ts'
import type { Delivery } from './webhooks/webhook-sender.ts'
import { addRepo, type AddRepoOptions } from './add-repo.ts'
import { openPullRequest, type OpenPullRequestOptions } from './open-pull-request.ts'
import { updatePullRequest, type UpdatePullRequestOptions } from './update-pull-request.ts'
import { waitFor } from './wait-for.ts'
import { checkRunEvent } from './webhooks/check-payloads.ts'

export interface SimulatorOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number
  host?: string
  /** Repositories served from the start (more with `sim.addRepo`). */
  repos?: AddRepoOptions[]
  /** Reject request bodies with fields GitHub's description does not declare (default true). */
  strict?: boolean
  /** The simulated GitHub App (defaults: id 1, slug `oda-sim`, a generated RSA key). */
  appId?: number
  appSlug?: string
  privateKey?: string
  /** Secret webhooks are signed with (default `sim-webhook-secret`). */
  webhookSecret?: string
  /** Where events go (the app's webhook endpoint); can be set later with `sim.webhooks.configure`. */
  webhookUrl?: string
  /** Clock for timestamps and token expiry. */
  now?: () => Date
}

/** A running simulator. Point Octokit at `url`; read `state`, `routeLog`, `violations`. */
export interface Simulator {
  url: string
  port: number
  state: SimState
  app: SimApp
  webhooks: SimWebhooks
  faults: FaultInjector
  routeLog: RouteLog
  /** Every request (or simulator response) that broke the description; tests expect `[]`. */
  violations: Violation[]
  addRepo(o: AddRepoOptions): RepoState
  openPullRequest(o: OpenPullRequestOptions): Promise<{ pull: PullState; delivery: Delivery | undefined }>
  /** Synchronize (after committing to the head branch), close, reopen or mark ready; sends the event. */
  updatePullRequest(o: UpdatePullRequestOptions): Promise<{ pull: PullState; delivery: Delivery | undefined }>
  /** Check runs on a commit (every run, oldest first; `latest` keeps the newest per name). */
  checkRunsFor(o: { owner: string; repo: string; sha: string; latest?: boolean }): CheckRunState[]
  /** A user clicks a check run button: delivers `check_run.requested_action` to the app. */
  requestAction(o: { checkRunId: number; identifier: string; user?: string }): Promise<Delivery>
  /** Polls `predicate` until true (default every 20 ms, up to 10 s); throws with the route log on timeout. */
  waitFor(
    predicate: () => boolean | Promise<boolean>,
    o?: { timeoutMs?: number; intervalMs?: number; what?: string },
  ): Promise<void>
  /** An installation token without the JWT dance (Actions-style `GITHUB_TOKEN`). */
  issueToken(o?: { installationId?: number; owner?: string }): string
  /** Holds matching requests until `count` arrive (race tests). */
  barrier(spec: { method?: string; path: string | RegExp; count: number }): Barrier
  /** Sets what `GET collaborators/{user}/permission` answers. */
  setPermission(o: {
    owner: string
    repo: string
    user: string
    permission: 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'
  }): void
  /**
   * Defines team `org/slug` with its direct members, under `parent` (a slug of the same org):
   * like GitHub, a member of a child team is a member of every team above it.
   */
  setTeam(o: { org: string; slug: string; members: readonly string[]; parent?: string }): void
  /** Called for every workflow dispatch (the sandbox plays the workflow from here). */
  onWorkflowDispatch(listener: DispatchListener): void
  /** Finishes a workflow run and attaches artifacts' metadata. */
  completeWorkflowRun(
    runId: number,
    o: { conclusion: 'success' | 'failure' | 'cancelled'; artifacts?: { name: string; sizeInBytes?: number }[] },
  ): WorkflowRunState
  /** Throws with every violation, one per line, when there is any. */
  assertNoViolations(): void
  close(): Promise<void>
}

/**
 * Starts the GitHub simulator: an HTTP server on loopback that serves the REST operations
 * oda uses from local git repositories and in-memory state, validates every request and
 * response against GitHub's OpenAPI description, and sends signed webhooks.
 *
 * @example
 * const sim = await startSimulator({ repos: [{ owner: 'acme', repo: 'shop', gitDir }] })
 * const octokit = new ProbotOctokit({ baseUrl: sim.url, auth: { token: sim.issueToken() } })
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const state = new SimState(options.now)
  const keys = simKeyPair(options.privateKey)
  const app: SimApp = {
    id: options.appId ?? 1,
    slug: options.appSlug ?? 'oda-sim',
    name: 'oda (simulated)',
    owner: 'oda-sim-owner',
    privateKey: keys.privateKey,
    publicKey: keys.publicKey,
    webhookSecret: options.webhookSecret ?? 'sim-webhook-secret',
  }
  const openapi = sharedOpenapiValidator()
  const readers = new Map<string, GitReader>()
  let url = ''
  const core: SimCore = {
    get url() {
      return url
    },
    state,
    openapi,
    app,
    strict: options.strict ?? true,
    git: (repo) => {
      let r = readers.get(repo.gitDir)
      if (!r) readers.set(repo.gitDir, (r = new GitReader(repo.gitDir)))
      return r
    },
    emit: (event, payload) => webhooks.emit(event, payload),
  }
  const webhooks = new SimWebhooks(
    () => core,
    options.webhookUrl ? { url: options.webhookUrl, secret: app.webhookSecret } : undefined,
  )
  const tokens = new Map<string, { installationId: number; expiresAt: Date }>()
  const issue = (installationId: number): { token: string; expiresAt: Date } => {
    const token = newInstallationToken()
    const expiresAt = new Date(state.now().getTime() + 3600_000)
    tokens.set(token, { installationId, expiresAt })
    return { token, expiresAt }
  }
  const listeners: DispatchListener[] = []
  const pipeline: Pipeline = {
    core,
    matcher: new RouteMatcher(routes({ issueToken: issue, onDispatch: () => listeners })),
    log: new RouteLog(),
    faults: new FaultInjector(),
    barriers: new Barriers(),
    rateLimits: new RateLimits(5000, state.now),
    violations: [],
    tokens,
    raw: async (method, path): Promise<SimResponse | undefined> => {
      const m = /^\/_codeload\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/([0-9a-f]{40})$/.exec(path)
      if (method !== 'GET' || !m) return undefined
      const [, owner = '', name = '', sha = ''] = m
      const repo = state.repos.get(`${owner}/${name}`.toLowerCase())
      if (!repo) return { status: 404, body: { message: 'Not Found' } }
      const raw = await core.git(repo).tarball(sha, `${repo.owner}-${repo.name}-${sha.slice(0, 7)}`)
      return {
        status: 200,
        raw,
        headers: {
          'content-type': 'application/x-gzip',
          'content-disposition': `attachment; filename=${repo.owner}-${repo.name}-${sha.slice(0, 7)}.tar.gz`,
        },
      }
    },
  }
  const server = createServer((req, res) => {
    handleRequest(pipeline, req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: `simulator crashed: ${e instanceof Error ? e.message : String(e)}` }))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  const address: AddressInfo | string | null = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  url = `http://${options.host ?? '127.0.0.1'}:${port}`
  for (const r of options.repos ?? []) addRepo(core, r)

  const sim: Simulator = {
    url,
    port,
    state,
    app,
    webhooks,
    faults: pipeline.faults,
    routeLog: pipeline.log,
    violations: pipeline.violations,
    addRepo: (o) => addRepo(core, o),
    openPullRequest: (o) => openPullRequest(core, webhooks, o),
    updatePullRequest: (o) => updatePullRequest(core, webhooks, o),
    checkRunsFor: (o) => {
      const runs = state.checkRunsFor(repoKey(state.repo(o.owner, o.repo)), o.sha)
      if (!o.latest) return runs
      return [...new Map(runs.map((r) => [r.name, r])).values()]
    },
    requestAction: async (o) => {
      const run = state.checkRuns.get(o.checkRunId)
      if (!run) throw new Error(`requestAction: no check run ${o.checkRunId}`)
      const [owner = '', name = ''] = run.repo.split('/')
      const repo = state.repo(owner, name)
      return webhooks.send({
        event: 'check_run',
        payload: checkRunEvent(core, repo, run, 'requested_action', {
          identifier: o.identifier,
          sender: o.user ?? repo.owner,
        }),
      })
    },
    waitFor: (predicate, o = {}) => waitFor(predicate, { ...o, context: () => pipeline.log.format() }),
    issueToken: (o = {}) => {
      const owner = o.owner
      const inst =
        o.installationId ??
        (owner
          ? [...state.repos.values()].find((r) => r.owner === owner)?.installationId
          : [...state.installations.keys()][0])
      if (inst === undefined) throw new Error('issueToken: no installation yet; add a repo first')
      return issue(inst).token
    },
    barrier: (spec) => pipeline.barriers.add(spec),
    setPermission: (o) => {
      state.repo(o.owner, o.repo).collaborators.set(o.user, o.permission)
    },
    setTeam: (o) => {
      state.teams.set(`${o.org}/${o.slug}`, { members: new Set(o.members), parent: o.parent })
    },
    onWorkflowDispatch: (l) => {
      listeners.push(l)
    },
    completeWorkflowRun: (runId, o) => {
      const run = state.workflowRuns.get(runId)
      if (!run) throw new Error(`completeWorkflowRun: no run ${runId}`)
      run.status = 'completed'
      run.conclusion = o.conclusion
      run.updatedAt = state.timestamp()
      const artifacts: ArtifactState[] = (o.artifacts ?? []).map((a) => ({
        id: state.nextId('artifact'),
        name: a.name,
        sizeInBytes: a.sizeInBytes ?? 0,
        createdAt: run.updatedAt,
        expired: false,
      }))
      run.artifacts.push(...artifacts)
      return run
    },
    assertNoViolations: () => {
      if (pipeline.violations.length > 0)
        throw new Error(
          `GitHub simulator: ${pipeline.violations.length} invalid request(s)/response(s):\n${pipeline.violations.map(formatViolation).join('\n')}\n\nroute log:\n${pipeline.log.format()}`,
        )
    },
    close: async () => {
      await webhooks.idle()
      await new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
    },
  }
  return sim
}
