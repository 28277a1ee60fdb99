import { join } from 'node:path'
import type { Logger } from 'pino'
import type { OdaConfig } from '../config/schema.ts'
import { defaultConfig } from '../config/schema.ts'
import { builtinRedactionPatterns } from '../log/builtin-patterns.ts'
import { Redactor } from '../log/redactor.ts'
import { MAX_TIMER_MS } from '../exec/run-command.ts'
import type { Face, OpPorts, RunsPort, TraceStep } from '../op/context.ts'
import { createOpContext } from './create-context.ts'
import type { Sandbox } from '../exec/sandbox.ts'
import type { Op, Permission } from '../op/define-op.ts'
import type { RedactionSources } from '../op/op-family.ts'
import { isUsageError } from './errors.ts'
import { parseOpInput } from './parse-op-input.ts'
import { findEnvironment } from '../config/find-environment.ts'
import { checkRateGuards } from './guards/check-rate-guards.ts'
import type { LockProvider } from './guards/lock-provider.ts'
import { storeLockProvider } from './guards/store-lock-provider.ts'
import { newRunId } from './new-run-id.ts'
import type { PolicyRule } from './policy/evaluate-policy.ts'
import { evaluatePolicy, firstDenial } from './policy/evaluate-policy.ts'
import type { Conclusion, Report } from '../op/report.ts'
import { makeReport, reportSchema } from '../op/report.ts'
import type { PolicyDecision, RunRecord, RunState } from './run-record.ts'
import type { Store } from './store/store.ts'
import { recordEvidence } from './record-evidence.ts'

export interface RunOpOptions {
  op: Op
  rawInput: unknown
  face: Face
  actor: string
  /** What the face knows of the actor's permission; local CLI use is `admin`. */
  actorPermission: Permission
  store: Store
  config?: OdaConfig
  cwd?: string
  /** Environment visible to the op (secrets by name). */
  env?: Record<string, string | undefined>
  /** Values to mask besides those named in `redact.env` (e.g. secret action inputs). */
  secretValues?: readonly string[]
  /** Credential formats and configured secret names the op families want masked (the registry's `redactionSources()`). */
  redaction: RedactionSources
  ports?: OpPorts
  externalRef?: Record<string, string>
  signal?: AbortSignal
  log?: Logger
  /** Folder under which each run gets `runs/<id>/artifacts`. */
  dataDir: string
  /** Write an evidence pack: to `<root>/<UTC stamp>/<topic>/`. Ops with `evidence: true` always get one. */
  evidence?: { root?: string; topic?: string }
  /** Extra policy rules from the face (required checks, environment protections...). */
  policyRules?: readonly PolicyRule[]
  /** Lock provider for `guard.lock` (default: leases in the store). */
  locks?: LockProvider
  /** Rethrow usage errors from the op (after recording the run) so an interactive face can exit 2. */
  rethrowUsageErrors?: boolean
  /** Id of a run created earlier as `queued` (queue faces); otherwise a new run is created. */
  runId?: string
  /** Id for the new run (a face that answers before the run ends picks it, e.g. from an idempotency key). */
  newId?: string
  /** Called once the new run is recorded as `queued` (a face can then point callers at it). */
  onRecorded?: (runId: string) => void
  /** Confinement of commands that run repository code (the App gives one). */
  sandbox?: Sandbox
  now?: () => Date
}

/**
 * Runs one op invocation through the whole pipeline:
 * 1. parse input with the op's schema (bad input throws InputError; nothing is recorded or run),
 *    then resolve the environment it names against the config (UnknownEnvironmentError, the same)
 * 2. record the run as `queued`, then `running`
 * 3. policy: permission, freeze windows, face rules -> PDRs
 * 4. guards: rate limit, cooldown, lock -> PDRs
 * 5. execute with timeout and a step trace
 * 6. validate and redact the report
 * 7. evidence pack when asked for
 * 8. persist the final state and return the record
 */
export async function runOp(o: RunOpOptions): Promise<RunRecord> {
  const now = o.now ?? (() => new Date())
  const input = parseOpInput(o.op, o.rawInput)
  const config = o.config ?? defaultConfig()
  const guard = o.op.guard
  // The environment is resolved against the configuration before anything is recorded or
  // decided: a mistyped name is a usage error naming the configured ones ("did you mean"),
  // never a policy verdict such as a freeze denial about an environment that does not exist.
  const environment = guard?.environment?.(input)
  if (environment !== undefined) findEnvironment(config, environment)
  const env = o.env ?? {}
  const secretInputs = (o.op.secretInputs ?? [])
    .map((k) => (input as Record<string, unknown>)[k])
    .filter((v): v is string => typeof v === 'string')
  const redactor = buildRedactor(o.redaction, config, env, [...(o.secretValues ?? []), ...secretInputs])
  const scope = guard?.scope?.(input) ?? o.op.name
  const runId = o.runId ?? o.newId ?? newRunId(now())

  const createdAt = now().toISOString()
  if (o.runId === undefined) {
    await o.store.createRun({
      id: runId,
      op: o.op.name,
      input: redactor.redactValue(input),
      actor: o.actor,
      face: o.face,
      state: 'queued',
      externalRef: o.externalRef ?? {},
      trace: [],
      pdrs: [],
      artifacts: [],
      scope,
      createdAt,
    })
    o.onRecorded?.(runId)
  }
  const startedAt = now().toISOString()
  await o.store.transition(runId, 'queued', 'running', { startedAt })

  const trace: TraceStep[] = []
  const artifactsDir = join(o.dataDir, 'runs', runId, 'artifacts')
  const finish = async (
    state: RunState,
    report: Report,
    pdrs: PolicyDecision[],
    error?: string,
  ): Promise<RunRecord> => {
    const clean = redactor.redactValue(report)
    const patch = {
      conclusion: clean.conclusion,
      title: clean.title,
      report: clean,
      trace,
      pdrs,
      artifacts: clean.artifacts,
      endedAt: now().toISOString(),
      error: error === undefined ? undefined : redactor.redact(error),
    }
    const wantEvidence = o.evidence !== undefined || o.op.evidence === true
    const evidence = wantEvidence
      ? await recordEvidence({
          root: o.evidence?.root ?? join(o.dataDir, 'evidence'),
          topic: o.evidence?.topic ?? o.op.name,
          runId,
          op: o.op.name,
          actor: o.actor,
          face: o.face,
          input: redactor.redactValue(input),
          report: clean,
          trace,
          pdrs,
          cwd: o.cwd,
          redactor,
          when: now(),
          artifactsBase: artifactsDir,
        })
      : undefined
    const final = { ...patch, evidenceDigest: evidence?.digest, evidencePath: evidence?.dir }
    await o.store.transition(runId, 'running', state, final)
    // A run created by this call is fully known here; one created earlier (queue) is read back.
    if (o.runId !== undefined) {
      const record = await o.store.getRun(runId)
      if (!record) throw new Error(`run ${runId} vanished from the store`)
      return record
    }
    return {
      id: runId,
      op: o.op.name,
      input: redactor.redactValue(input),
      actor: o.actor,
      face: o.face,
      state,
      externalRef: o.externalRef ?? {},
      scope,
      createdAt,
      startedAt,
      ...final,
    }
  }

  // 3-4. Policy and guards: every decision is kept; the first denial stops the run.
  const pdrs = evaluatePolicy(
    { op: o.op, input, actor: o.actor, actorPermission: o.actorPermission, environment, config, now: now() },
    o.policyRules,
  )
  if (!firstDenial(pdrs))
    pdrs.push(...(await checkRateGuards({ op: o.op.name, scope, guard, store: o.store, now: now(), runId })))
  const denial = firstDenial(pdrs)
  if (denial) return finish('failed', denied(o.op.name, denial), pdrs, denial.reason)

  let release: (() => Promise<void>) | undefined
  const lockKey = guard?.lock?.(input)
  if (lockKey !== undefined) {
    const ttlS = Math.max(60, guard?.timeoutS ?? 900)
    const got = await (o.locks ?? storeLockProvider(o.store, now)).acquire({
      key: lockKey,
      owner: runId,
      ttlS,
      reason: `${o.op.name} by ${o.actor}`,
      link: o.externalRef?.['url'],
    })
    const at = now().toISOString()
    if (!got.acquired) {
      const d: PolicyDecision = {
        rule: 'lock',
        verdict: 'deny',
        reason: `locked by ${got.holder.owner} until ${got.holder.expiresAt}${got.holder.reason ? ` (${got.holder.reason})` : ''}`,
        inputs: { key: lockKey, holder: got.holder },
        at,
      }
      pdrs.push(d)
      return finish('failed', denied(o.op.name, d), pdrs, d.reason)
    }
    pdrs.push({ rule: 'lock', verdict: 'allow', reason: `acquired ${lockKey}`, inputs: { key: lockKey, ttlS }, at })
    release = got.release
  }

  // 5. Execute under a deadline; an op that ignores the signal still ends the run on time.
  const controller = new AbortController()
  const signals = [
    controller.signal,
    ...(o.signal ? [o.signal] : []),
    ...(guard?.timeoutS ? [AbortSignal.timeout(Math.min(guard.timeoutS * 1000, MAX_TIMER_MS))] : []),
  ]
  const signal = AbortSignal.any(signals)
  const ctx = createOpContext({
    runId,
    actor: o.actor,
    face: o.face,
    cwd: o.cwd,
    config,
    signal,
    redactor,
    log: o.log,
    env,
    now,
    ports: { runs: abandonedRunsPort(o.store, now), ...o.ports },
    trace,
    artifactsDir,
    ...(o.sandbox ? { sandbox: o.sandbox } : {}),
  })
  try {
    const report = await untilAborted(o.op.run(ctx, input), signal)
    const checked = reportSchema.safeParse(report)
    if (!checked.success)
      return await finish(
        'failed',
        crashed(o.op.name, `returned an invalid report: ${checked.error.message}`),
        pdrs,
        'invalid report',
      )
    return await finish(stateFor(checked.data.conclusion), checked.data, pdrs)
  } catch (error) {
    if (signal.aborted) {
      const timedOut = isTimeout(signal.reason)
      const conclusion: Conclusion = timedOut ? 'timed_out' : 'cancelled'
      const title = timedOut ? `${o.op.name} timed out after ${guard?.timeoutS}s` : `${o.op.name} was cancelled`
      return await finish(
        timedOut ? 'timed_out' : 'cancelled',
        makeReport({ conclusion, title, summary: stepsSoFar(trace) }),
        pdrs,
        title,
      )
    }
    const message = error instanceof Error ? error.message : String(error)
    if (isUsageError(error)) {
      const record = await finish(
        'failed',
        makeReport({ conclusion: 'failure', title: `${o.op.name}: ${message.split('\n')[0]}`, summary: message }),
        pdrs,
        message,
      )
      if (o.rethrowUsageErrors) throw error
      return record
    }
    return await finish(
      'failed',
      crashed(o.op.name, message),
      pdrs,
      error instanceof Error && error.stack ? error.stack : message,
    )
  } finally {
    controller.abort()
    await release?.()
  }
}

/** Maps a conclusion to the run's terminal state. */
export function stateFor(conclusion: Conclusion): RunState {
  switch (conclusion) {
    case 'success':
    case 'neutral':
      return 'succeeded'
    case 'cancelled':
      return 'cancelled'
    case 'timed_out':
      return 'timed_out'
    default:
      return 'failed'
  }
}

function buildRedactor(
  sources: RedactionSources,
  config: OdaConfig,
  env: Record<string, string | undefined>,
  values: readonly string[],
): Redactor {
  const r = new Redactor({ patterns: [...builtinRedactionPatterns, ...sources.patterns], values })
  // Secrets the configuration refers to by name are masked from the first log line on.
  for (const name of [...config.redact.env, ...sources.secretNames(config)]) r.addValue(env[name] ?? process.env[name])
  return r
}

function denied(op: string, d: PolicyDecision): Report {
  return makeReport({
    conclusion: 'action_required',
    title: `${op} was not run: ${d.reason}`,
    summary: `**Denied by policy rule \`${d.rule}\`**: ${d.reason}`,
  })
}

function crashed(op: string, message: string): Report {
  return makeReport({
    conclusion: 'failure',
    title: `${op} failed with an internal error`,
    summary: `\`\`\`\n${message}\n\`\`\``,
  })
}

function stepsSoFar(trace: readonly TraceStep[]): string {
  if (trace.length === 0) return 'No step had started.'
  return ['| step | status |', '|---|---|', ...trace.map((s) => `| ${s.name} | ${s.status} |`)].join('\n')
}

function isTimeout(reason: unknown): boolean {
  return reason instanceof Error && reason.name === 'TimeoutError'
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error)
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error)
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort)
        resolve(v)
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(e as Error)
      },
    )
  })
}

/** The store's side of RunsPort: a compare-and-set from `running`, so a run that ended is never touched. */
function abandonedRunsPort(store: Store, now: () => Date): RunsPort {
  return {
    async markAbandoned(runId, reason) {
      try {
        await store.transition(runId, 'running', 'failed', { error: reason, endedAt: now().toISOString() })
        return true
      } catch {
        return false
      }
    },
  }
}
