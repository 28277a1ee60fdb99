import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { InputError } from '../engine/errors.ts'
import type { RunRecord } from '../engine/run-record.ts'
import { DuplicateRunError } from '../engine/store/duplicate-run-error.ts'
import { findOp } from '../ops/registry.ts'
import { authorize } from '../serve/authorize.ts'
import type { Principal } from '../serve/principal.ts'
import { EVIDENCE_FILES, readEvidence } from '../serve/read-evidence.ts'
import type { RemoteRuns } from '../serve/remote-runs.ts'
import { runView } from '../serve/run-view.ts'
import { ApiProblem } from './api-problem.ts'
import { readJsonBody } from './read-json-body.ts'
import { sendJson } from './send-json.ts'

const runRequestSchema = z.strictObject({
  op: z.string().min(1).max(100),
  repo: z.string().min(1).max(100),
  input: z.record(z.string(), z.unknown()).default({}),
  idempotencyKey: z.string().min(1).max(200).optional(),
  evidence: z.boolean().default(false),
})

const TERMINAL = new Set(['succeeded', 'failed', 'cancelled', 'timed_out'])
const MAX_WAIT_S = 60

/** `POST /runs`: validates, checks scopes, records the run; 202 + Location, or 200 when `?wait` sees it end. */
export async function postRun(o: {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  runs: RemoteRuns
  principal: Principal
}): Promise<void> {
  const parsed = runRequestSchema.safeParse(await readJsonBody(o.req))
  if (!parsed.success) throw InputError.fromZod('POST /runs', parsed.error)
  const body = parsed.data
  const op = findOp(body.op)
  if (!op)
    throw new ApiProblem({
      status: 404,
      code: 'unknown-op',
      detail: `unknown op ${JSON.stringify(body.op)}; GET /api/v1/skills lists them`,
    })
  const waitS = parseWait(o.url.searchParams.get('wait'))
  // The same key and the same request give the same run; the same key with another request is a conflict.
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([body.op, body.repo, body.input]))
    .digest('hex')
  const id = body.idempotencyKey === undefined ? undefined : idempotentRunId(o.principal, body.idempotencyKey)
  let run = id === undefined ? undefined : await o.runs.store.getRun(id)
  if (!run) {
    try {
      const started = await o.runs.start({
        op,
        repo: body.repo,
        input: body.input,
        principal: o.principal,
        face: 'api',
        id,
        evidence: body.evidence,
        externalRef: { request: fingerprint },
      })
      run = await waitFor(o.runs, started.id, started.done, waitS)
    } catch (error) {
      if (!(error instanceof DuplicateRunError) || id === undefined) throw error
      run = await o.runs.store.getRun(id)
    }
  } else run = await waitFor(o.runs, run.id, o.runs.inFlight(run.id), waitS)
  if (!run) throw new ApiProblem({ status: 500, code: 'internal', detail: 'the run vanished' })
  if (run.externalRef['request'] !== fingerprint)
    throw new ApiProblem({
      status: 409,
      code: 'idempotency-conflict',
      detail: `idempotency key already used for another request (run ${run.id})`,
    })
  const done = TERMINAL.has(run.state)
  sendJson(o.res, done ? 200 : 202, runView(run), done ? {} : { location: `/api/v1/runs/${run.id}` })
}

/** `GET /runs/{id}`, `POST /runs/{id}/cancel`, `GET /runs/{id}/events`, `GET /runs/{id}/evidence`. */
export async function runRoute(o: {
  req: IncomingMessage
  res: ServerResponse
  runs: RemoteRuns
  principal: Principal
  id: string
  action: string | undefined
}): Promise<void> {
  const run = await visibleRun(o.runs, o.principal, o.id)
  if (o.action === undefined && o.req.method === 'GET') return sendJson(o.res, 200, runView(run))
  if (o.action === 'cancel' && o.req.method === 'POST') {
    const op = findOp(run.op)
    if (op)
      authorize(o.principal, { op, repo: String(run.externalRef['repo']), environment: undefined, production: false })
    if (!o.runs.cancel(run.id))
      throw new ApiProblem({
        status: 409,
        code: 'not-running',
        detail: `run ${run.id} is ${run.state}, not running on this server`,
      })
    return sendJson(o.res, 202, runView((await o.runs.store.getRun(run.id)) ?? run))
  }
  if (o.action === 'events' && o.req.method === 'GET') return streamEvents(o.res, o.runs, run)
  if (o.action === 'evidence' && o.req.method === 'GET') {
    const files: Record<string, string> = {}
    for (const name of EVIDENCE_FILES) {
      const text = await readEvidence(run, name)
      if (text !== undefined) files[name] = text
    }
    if (!run.evidenceDigest || Object.keys(files).length === 0)
      throw new ApiProblem({ status: 404, code: 'no-evidence', detail: `run ${run.id} has no evidence pack` })
    return sendJson(o.res, 200, { run: run.id, digest: run.evidenceDigest, files })
  }
  throw new ApiProblem({ status: 404, code: 'not-found', detail: 'no such route' })
}

/** `GET /runs?op=&state=&repo=&cursor=&limit=`: newest first, `next` is the cursor of the following page. */
export async function listRuns(o: {
  res: ServerResponse
  url: URL
  runs: RemoteRuns
  principal: Principal
}): Promise<void> {
  const q = o.url.searchParams
  const limit = Number(q.get('limit') ?? 20)
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new ApiProblem({ status: 400, code: 'invalid-query', detail: 'limit must be a whole number from 1 to 100' })
  const state = q.get('state') ?? undefined
  if (state !== undefined && !TERMINAL.has(state) && state !== 'queued' && state !== 'running')
    throw new ApiProblem({
      status: 400,
      code: 'invalid-query',
      detail: `state ${JSON.stringify(state)} is not a run state`,
    })
  const cursor = q.get('cursor') ? Buffer.from(q.get('cursor')!, 'base64url').toString('utf8') : undefined
  // The store answers the newest 1000 runs of a filter; pages walk through them.
  const all = await o.runs.store.listRuns({
    op: q.get('op') ?? undefined,
    state: state as RunRecord['state'] | undefined,
    limit: 1000,
  })
  const repo = q.get('repo') ?? undefined
  const rows = all.filter(
    (r) => visible(o.runs, o.principal, r) && (repo === undefined || r.externalRef['repo'] === repo),
  )
  const start = cursor === undefined ? 0 : rows.findIndex((r) => `${r.createdAt}|${r.id}` === cursor) + 1
  const page = rows.slice(start, start + limit)
  const last = page.at(-1)
  const next =
    last && start + limit < rows.length ? Buffer.from(`${last.createdAt}|${last.id}`).toString('base64url') : undefined
  sendJson(o.res, 200, { runs: page.map((r) => runView(r)), next })
}

async function visibleRun(runs: RemoteRuns, principal: Principal, id: string): Promise<RunRecord> {
  const run = /^[A-Za-z0-9_-]{1,100}$/.test(id) ? await runs.store.getRun(id) : undefined
  if (!run || !visible(runs, principal, run))
    throw new ApiProblem({ status: 404, code: 'run-not-found', detail: `no run ${JSON.stringify(id.slice(0, 100))}` })
  return run
}

/** Runs of the served repositories; a key limited to one repository sees only that one's. */
function visible(runs: RemoteRuns, principal: Principal, run: RunRecord): boolean {
  const repo = run.externalRef['repo']
  return principal.repo === undefined ? runs.repos.some((r) => r.name === repo) : repo === principal.repo
}

function idempotentRunId(principal: Principal, key: string): string {
  return `i${createHash('sha256')
    .update(`${principal.credential ?? principal.actor}\0${key}`)
    .digest('hex')
    .slice(0, 32)}`
}

function parseWait(value: string | null): number {
  if (value === null) return 0
  const m = /^(\d{1,3})s?$/.exec(value)
  if (!m)
    throw new ApiProblem({
      status: 400,
      code: 'invalid-query',
      detail: `wait=${value.slice(0, 20)}: expected seconds such as 30s`,
    })
  return Math.min(Number(m[1]), MAX_WAIT_S)
}

async function waitFor(
  runs: RemoteRuns,
  id: string,
  done: Promise<RunRecord> | undefined,
  waitS: number,
): Promise<RunRecord | undefined> {
  if (done && waitS > 0) {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), waitS * 1000)))
    const finished = await Promise.race([done.catch(() => undefined), timeout])
    clearTimeout(timer)
    if (finished) return finished
  }
  return runs.store.getRun(id)
}

function streamEvents(res: ServerResponse, runs: RemoteRuns, run: RunRecord): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
  const send = (r: RunRecord): boolean =>
    res.write(
      `event: state\nid: ${r.state}\ndata: ${JSON.stringify({ id: r.id, state: r.state, conclusion: r.conclusion, title: r.title })}\n\n`,
    )
  send(run)
  if (TERMINAL.has(run.state)) return void res.end()
  let closed = false
  res.once('close', () => (closed = true))
  const finish = (r: RunRecord | undefined): void => {
    if (closed) return
    if (r) send(r)
    res.end()
  }
  const inFlight = runs.inFlight(run.id)
  if (inFlight) return void inFlight.then(finish, () => finish(undefined))
  // Run by another process: look at the store every second until it ends or the client leaves.
  const poll = setInterval(() => {
    if (closed) return clearInterval(poll)
    void runs.store.getRun(run.id).then((r) => {
      if (r && TERMINAL.has(r.state)) {
        clearInterval(poll)
        finish(r)
      }
    })
  }, 1000)
}
