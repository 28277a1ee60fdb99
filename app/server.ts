import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'node:http'
import type { Logger } from 'pino'
import { createNodeMiddleware, Probot } from 'probot'
import type { Op } from '../src/op/define-op.ts'
import { defaultDataDir, openStore } from '../src/engine/store/open-store.ts'
import type { Store } from '../src/engine/store/store.ts'
import { odaOctokit } from '../src/github/oda-octokit.ts'
import type { GitHubClient } from '../src/op/github-client.ts'
import { readableBy, SandboxConfigError, sandboxFromEnv } from '../src/exec/sandbox.ts'
import { builtinRedactionPatterns } from '../src/log/builtin-patterns.ts'
import { createLogger } from '../src/log/create-logger.ts'
import { Redactor } from '../src/log/redactor.ts'
import { allOps } from '../src/ops/registry.ts'
import type { JobQueue } from '../src/queue/job-queue.ts'
import { openJobQueue } from '../src/queue/open-job-queue.ts'
import type { Worker } from '../src/queue/start-worker.ts'
import { startWorker } from '../src/queue/start-worker.ts'
import { AckTimer } from './ack-timer.ts'
import { CHECK_JOB } from './check-job.ts'
import { odaApp } from './index.ts'
import { MAX_WEBHOOK_BYTES, readCappedBody } from './read-capped-body.ts'
import { checkJobHandler } from './worker/handle-check-job.ts'
import { COMMAND_JOB } from './commands/command-job.ts'
import { commandJobHandler } from './commands/handle-command-job.ts'
import { RELEASE_LOCKS_JOB, releaseLocksHandler } from './commands/release-pr-locks.ts'
import { checkJobKey } from './check-job.ts'

/** Path GitHub (or the simulator) POSTs webhooks to. */
export const WEBHOOK_PATH = '/api/github/webhooks'

export interface StartAppOptions {
  /**
   * Process environment: `APP_ID`, `PRIVATE_KEY` (or `PRIVATE_KEY_PATH`), `WEBHOOK_SECRET`,
   * optional `GITHUB_API_URL` (GitHub Enterprise or the simulator), `PORT`, `HOST`,
   * `ODA_DATA_DIR`, `ODA_WORK_DIR`, `DATABASE_URL`, `LOG_LEVEL`, and the sandbox of the PR's
   * code: `ODA_SANDBOX_ENV` (variables passed to it), `ODA_SANDBOX_USER` (default `nobody`),
   * and `ODA_CONTROL_ROOM_URL`, the public address of the Control Room where it is served
   * (check runs then link to `<url>/runs/<run id>`; without it they carry no details URL).
   */
  env: Readonly<Record<string, string | undefined>>
  /** Overrides `PORT` (0 picks a free port). */
  port?: number
  /** Overrides `HOST` (default 0.0.0.0 for GitHub, which must reach it). */
  host?: string
  store?: Store
  queue?: JobQueue
  ops?: () => readonly Op[]
  /** Keep GitHub's write pacing (default true; only speed tests turn it off). */
  throttle?: boolean
  /** Retry tuning for tests (see OdaOctokitOptions). */
  retryBaseMs?: number
  /** The fetch Octokit uses (a recording wrapper in tests and benchmarks; global fetch otherwise). */
  fetch?: typeof fetch
  log?: Logger
  worker?: {
    concurrency?: number
    graceMs?: number
    /** How often a running PR job checks for a push that superseded its head (default 10 s). */
    headPollMs?: number
    pollMs?: number
    backoffMs?: (attempt: number) => number
    /** Lease per job claim (default 60 s); the worker renews it while the job runs. */
    leaseMs?: number
  }
  /**
   * What this process does (`ODA_APP_ROLE`): `all` (default) answers webhooks and runs checks;
   * `web` only answers webhooks and queues; `worker` only runs queued checks. Split roles keep
   * webhook answers fast while checks use the CPU: run one `web` and any number of `worker`
   * processes on the same data dir (or database).
   */
  role?: AppRole
  /** Largest webhook body accepted (default GitHub's 25 MB); larger ones get 413 while they stream. */
  maxWebhookBytes?: number
}

export type AppRole = 'all' | 'web' | 'worker'

/** A running app: webhook server, queue and worker. */
export interface AppHost {
  url: string
  webhookUrl: string
  queue: JobQueue
  store: Store
  /** The in-process worker; undefined in the `web` role. */
  worker: Worker | undefined
  role: AppRole
  /** Resolves when no check job is queued or running, whichever process runs them. */
  idle(): Promise<void>
  probot: Probot
  close(): Promise<void>
}

function parseRole(value: string | undefined): AppRole {
  if (value === undefined || value === '' || value === 'all') return 'all'
  if (value === 'web' || value === 'worker') return value
  throw new Error(`ODA_APP_ROLE is "${value}"; expected all, web or worker`)
}

/**
 * What deploys started from slash commands see of the App's environment: only the variables
 * `ODA_DEPLOY_ENV` names (comma-separated, e.g. `ODA_SSH_KEY,PROD_DB_PASSWORD`), never the App's
 * own credentials.
 */
function deployEnvOf(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  const names = (env['ODA_DEPLOY_ENV'] ?? '').split(',').map((n) => n.trim())
  const own = new Set(['APP_ID', 'PRIVATE_KEY', 'PRIVATE_KEY_PATH', 'WEBHOOK_SECRET', 'DATABASE_URL'])
  return Object.fromEntries(
    names.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n) && !own.has(n)).map((n) => [n, env[n]]),
  )
}

/** True when the environment has everything the App needs to serve a real GitHub App. */
export function hasAppCredentials(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env['APP_ID'] && (env['PRIVATE_KEY'] || env['PRIVATE_KEY_PATH']) && env['WEBHOOK_SECRET'])
}

/**
 * Starts the App: a Probot webhook server (`POST /api/github/webhooks`, `GET /healthz`,
 * `GET /metrics` with webhook answer times), the
 * job queue and a worker. Missing credentials are an error naming the variables; `oda start`
 * checks `hasAppCredentials` first and starts the sandbox instead.
 */
export async function startApp(o: StartAppOptions): Promise<AppHost> {
  const env = o.env
  const missing = ['APP_ID', 'WEBHOOK_SECRET'].filter((k) => !env[k])
  if (!env['PRIVATE_KEY'] && !env['PRIVATE_KEY_PATH']) missing.push('PRIVATE_KEY or PRIVATE_KEY_PATH')
  if (missing.length > 0)
    throw new Error(
      `the GitHub App needs ${missing.join(', ')} in the environment (or run \`oda start\` without any of them for the sandbox)`,
    )
  // Before anything is opened: the PR's code must find neither the key nor the data dir.
  const sandbox = sandboxFromEnv(env)
  if (
    sandbox.user &&
    !env['PRIVATE_KEY'] &&
    env['PRIVATE_KEY_PATH'] &&
    readableBy(env['PRIVATE_KEY_PATH'], sandbox.user)
  )
    throw new SandboxConfigError(
      `PRIVATE_KEY_PATH ${env['PRIVATE_KEY_PATH']} can be read by ${sandbox.user.name}, the user the PR's code runs as: chmod 600 it (owned by the App's user)`,
    )
  const privateKey = env['PRIVATE_KEY']
    ? env['PRIVATE_KEY'].replace(/\\n/g, '\n')
    : readFileSync(env['PRIVATE_KEY_PATH'] ?? '', 'utf8')
  const secret = env['WEBHOOK_SECRET'] ?? ''
  const redactor = new Redactor({ patterns: builtinRedactionPatterns, values: [privateKey, secret] })
  const log = o.log ?? createLogger({ redactor, level: env['LOG_LEVEL'] ?? 'info', base: { name: 'oda-app' } })
  const dataDir = defaultDataDir(env)
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  chmodSync(dataDir, 0o700)
  // Workspaces live outside the data dir, where the sandbox user may traverse but not list.
  const ownWorkDir = env['ODA_WORK_DIR'] ? undefined : mkdtempSync(join(tmpdir(), 'oda-work-'))
  const workDir = env['ODA_WORK_DIR'] ?? ownWorkDir!
  mkdirSync(workDir, { recursive: true })
  chmodSync(workDir, 0o711)
  for (const limit of sandbox.limits) log.warn({ sandbox: 'limited' }, `sandbox of PR code: ${limit}`)
  const store =
    o.store ?? (await openStore({ dataDir, ...(env['DATABASE_URL'] ? { databaseUrl: env['DATABASE_URL'] } : {}) }))
  const queue =
    o.queue ?? openJobQueue({ dataDir, ...(env['DATABASE_URL'] ? { databaseUrl: env['DATABASE_URL'] } : {}) })

  const probot = new Probot({
    appId: env['APP_ID'],
    privateKey,
    secret,
    log: log.child({ name: 'probot' }),
    Octokit: odaOctokit({
      throttle: o.throttle !== false,
      ...(o.retryBaseMs !== undefined ? { retryBaseMs: o.retryBaseMs } : {}),
    }),
    ...(o.fetch ? { request: { fetch: o.fetch } } : {}),
    ...(env['GITHUB_API_URL'] ? { baseUrl: env['GITHUB_API_URL'] } : {}),
  })
  const middleware = await createNodeMiddleware(odaApp({ queue }), { probot, webhooksPath: WEBHOOK_PATH })
  const auth = async (installationId: number): Promise<GitHubClient> => probot.auth(installationId)
  const role: AppRole = o.role ?? parseRole(env['ODA_APP_ROLE'])
  const ops = o.ops ?? allOps
  const checks = checkJobHandler({
    auth,
    store,
    dataDir,
    workDir,
    sandbox,
    ops,
    log,
    ...(o.worker?.graceMs !== undefined ? { graceMs: o.worker.graceMs } : {}),
    ...(o.worker?.headPollMs !== undefined ? { headPollMs: o.worker.headPollMs } : {}),
    ...runPages(env['ODA_CONTROL_ROOM_URL']),
  })
  const commands = commandJobHandler({
    auth,
    store,
    dataDir,
    ops,
    log,
    deployEnv: deployEnvOf(env),
    enqueueChecks: (job) => queue.enqueue({ kind: CHECK_JOB, key: checkJobKey(job), payload: job }),
  })
  const releases = releaseLocksHandler({ auth, ops, log })
  const worker =
    role === 'web'
      ? undefined
      : startWorker({
          queue,
          kinds: [CHECK_JOB, COMMAND_JOB, RELEASE_LOCKS_JOB],
          handle: (job, control) =>
            job.kind === COMMAND_JOB
              ? commands(job, control)
              : job.kind === RELEASE_LOCKS_JOB
                ? releases(job, control)
                : checks(job, control),
          concurrency: o.worker?.concurrency ?? 4,
          ...(o.worker?.leaseMs !== undefined ? { leaseMs: o.worker.leaseMs } : {}),
          // A worker of its own process is not woken by enqueues in the web process: poll briskly.
          pollMs: o.worker?.pollMs ?? (role === 'worker' ? 100 : 500),
          // GitHub outages can last a while: 30 attempts, backing off from 1 s to 5 min, keep a
          // report owed for about two hours before the job is given up.
          maxAttempts: 30,
          backoffMs: o.worker?.backoffMs ?? ((n: number) => Math.min(300_000, 1000 * 2 ** (n - 1))),
          onError: (job, error, willRetry) =>
            log.warn(
              {
                job: job.id,
                attempt: job.attempts,
                willRetry,
                err: error instanceof Error ? error.message : String(error),
              },
              'check job attempt failed',
            ),
          onLeaseLost: (job, error) =>
            log.warn(
              { job: job.id, attempt: job.attempts, fence: error.fence },
              'job lease lost: work aborted, no further writes for this attempt',
            ),
        })

  const acks = new AckTimer()
  /** When each socket was accepted, until its first request is read (see the webhook timer). */
  const connectedAt = new WeakMap<object, number>()
  const maxBody = o.maxWebhookBytes ?? MAX_WEBHOOK_BYTES
  const server =
    role === 'worker'
      ? undefined
      : createServer((req, res) => {
          if (req.method === 'GET' && req.url === '/healthz') {
            void queue
              .counts()
              .then((counts) =>
                res
                  .writeHead(200, { 'content-type': 'application/json' })
                  .end(JSON.stringify({ ok: true, role, queue: counts })),
              )
            return
          }
          if (req.method === 'GET' && req.url?.startsWith('/metrics')) {
            const since = Number(new URL(req.url, 'http://app').searchParams.get('since') ?? 0)
            res
              .writeHead(200, { 'content-type': 'application/json' })
              .end(JSON.stringify({ webhookAckMs: acks.summary(Number.isFinite(since) ? since : 0) }))
            return
          }
          if (req.method === 'POST' && req.url === WEBHOOK_PATH) {
            // Measured in the App from the earliest moment it sees the delivery (the connection
            // for a socket's first request, as GitHub's 10 s budget starts before the headers are
            // parsed and the handler runs) to the last byte of the answer.
            const started = connectedAt.get(req.socket) ?? performance.now()
            res.once('finish', () => acks.record(performance.now() - started))
          }
          connectedAt.delete(req.socket)
          const notFound = (): void => void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n')
          if (req.method !== 'POST') return void middleware(req, res, notFound)
          // The body is read here, capped, before Probot sees it: an unsigned 300 MB body must
          // cost no more memory than a real delivery, and is refused while it streams.
          readCappedBody(req, maxBody).then(
            (read) => {
              if (!read.ok) {
                log.warn(
                  {
                    delivery: req.headers['x-github-delivery'],
                    event: req.headers['x-github-event'],
                    bytes: read.bytes,
                  },
                  `webhook body over ${maxBody} bytes refused`,
                )
                res.once('finish', () => req.destroy())
                res
                  .writeHead(413, { 'content-type': 'application/json', connection: 'close' })
                  .end(JSON.stringify({ error: `payload larger than ${maxBody} bytes` }))
                return
              }
              // @octokit/webhooks takes a string body as the payload (and verifies the signature over it).
              const body = new TextDecoder('utf-8', { fatal: false }).decode(read.body)
              // Every GitHub event is a JSON object; `null`, an array or a bare value would reach
              // the handlers as no payload at all and end in a 500. Malformed input is a 400.
              if (req.url === WEBHOOK_PATH && !/^\s*\{/.test(body)) {
                res
                  .writeHead(400, { 'content-type': 'application/json' })
                  .end(JSON.stringify({ error: 'payload must be a JSON object' }))
                return
              }
              Object.assign(req, { body })
              void middleware(req, res, notFound)
            },
            () => req.destroy(),
          )
        })
  server?.on('connection', (socket) => connectedAt.set(socket, performance.now()))
  let url = ''
  if (server) {
    const host = o.host ?? env['HOST'] ?? '0.0.0.0'
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(o.port ?? Number(env['PORT'] ?? 3000), host, () => resolve())
    })
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
  }
  log.info(
    { role, url, webhook: url ? `${url}${WEBHOOK_PATH}` : undefined },
    role === 'worker' ? 'oda app worker running' : 'oda app listening',
  )

  return {
    url,
    webhookUrl: url ? `${url}${WEBHOOK_PATH}` : '',
    queue,
    store,
    worker,
    role,
    probot,
    idle: async () => {
      if (worker) return worker.idle()
      for (;;) {
        const c = await queue.counts()
        if (c.queued === 0 && c.running === 0) return
        await new Promise((r) => setTimeout(r, 50))
      }
    },
    async close() {
      if (server) {
        await new Promise<void>((resolve) => server.close(() => resolve()))
        server.closeAllConnections()
      }
      await worker?.stop()
      if (!o.queue) await queue.close()
      if (!o.store) await store.close()
      if (ownWorkDir) rmSync(ownWorkDir, { recursive: true, force: true })
    },
  }
}

/** Run pages of the Control Room at `base` (an http(s) URL), or nothing when it is not served. */
function runPages(base: string | undefined): { runPageUrl?: (runId: string) => string } {
  if (!base) return {}
  const url = new URL(base)
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`ODA_CONTROL_ROOM_URL: "${base}" is not an http(s) URL`)
  const root = url.href.replace(/\/+$/, '')
  return { runPageUrl: (runId) => `${root}/runs/${encodeURIComponent(runId)}` }
}
