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
export async function runOp(invocation: RunOpOptions): Promise<RunRecord> {
  const now = invocation.now ?? (() => new Date())
  const input = parseOpInput(invocation.op, invocation.rawInput)
  const config = invocation.config ?? defaultConfig()
  const guard = invocation.op.guard
  // The environment is resolved against the configuration before anything is recorded or
  // decided: a mistyped name is a usage error naming the configured ones ("did you mean"),
  // never a policy verdict such as a freeze denial about an environment that does not exist.
  const environment = guard?.environment?.(input)
  if (environment !== undefined) findEnvironment(config, environment)
  const env = invocation.env ?? {}
  const secretInputs = (invocation.op.secretInputs ?? [])
    .map((k) => (input as Record<string, unknown>)[k])
    .filter((v): v is string => typeof v === 'string')
  const redactor = buildRedactor(invocation.redaction, config, env, [
    ...(invocation.secretValues ?? []),
    ...secretInputs,
  ])
  const scope = guard?.scope?.(input) ?? invocation.op.name
  const runId = invocation.runId ?? invocation.newId ?? newRunId(now())

  const createdAt = now().toISOString()
  if (invocation.runId === undefined) {
    await invocation.store.createRun({
      id: runId,
      op: invocation.op.name,
      input: redactor.redactValue(input),
      actor: invocation.actor,
      face: invocation.face,
      state: 'queued',
      externalRef: invocation.externalRef ?? {},
      trace: [],
      pdrs: [],
      artifacts: [],
      scope,
      createdAt,
    })
    invocation.onRecorded?.(runId)
  }
  const startedAt = now().toISOString()
  await invocation.store.transition(runId, 'queued', 'running', { startedAt })

  const trace: TraceStep[] = []
  const artifactsDir = join(invocation.dataDir, 'runs', runId, 'artifacts')
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
    const wantEvidence = invocation.evidence !== undefined || invocation.op.evidence === true
    const evidence = wantEvidence
      ? await recordEvidence({
          root: invocation.evidence?.root ?? join(invocation.dataDir, 'evidence'),
          topic: invocation.evidence?.topic ?? invocation.op.name,
          runId,
          op: invocation.op.name,
          actor: invocation.actor,
          face: invocation.face,
          input: redactor.redactValue(input),
          report: clean,
          trace,
          pdrs,
          cwd: invocation.cwd,
          redactor,
          when: now(),
          artifactsBase: artifactsDir,
        })
      : undefined
    const final = { ...patch, evidenceDigest: evidence?.digest, evidencePath: evidence?.dir }
    await invocation.store.transition(runId, 'running', state, final)
    // A run created by this call is fully known here; one created earlier (queue) is read back.
    if (invocation.runId !== undefined) {
      const record = await invocation.store.getRun(runId)
      if (!record) throw new Error(`run ${runId} vanished from the store`)
      return record
    }
    return {
      id: runId,
      op: invocation.op.name,
      input: redactor.redactValue(input),
      actor: invocation.actor,
      face: invocation.face,
      state,
      externalRef: invocation.externalRef ?? {},
      scope,
      createdAt,
      startedAt,
      ...final,
    }
  }

  // 3-4. Policy and guards: every decision is kept; the first denial stops the run.
  const pdrs = evaluatePolicy(
    {
      op: invocation.op,
      input,
      actor: invocation.actor,
      actorPermission: invocation.actorPermission,
      environment,
      config,
      now: now(),
    },
    invocation.policyRules,
  )
  if (!firstDenial(pdrs))
    pdrs.push(
      ...(await checkRateGuards({ op: invocation.op.name, scope, guard, store: invocation.store, now: now(), runId })),
    )
  const denial = firstDenial(pdrs)
  if (denial) return finish('failed', denied(invocation.op.name, denial), pdrs, denial.reason)

  let release: (() => Promise<void>) | undefined
  const lockKey = guard?.lock?.(input)
  if (lockKey !== undefined) {
    const ttlS = Math.max(60, guard?.timeoutS ?? 900)
    const got = await (invocation.locks ?? storeLockProvider(invocation.store, now)).acquire({
      key: lockKey,
      owner: runId,
      ttlS,
      reason: `${invocation.op.name} by ${invocation.actor}`,
      link: invocation.externalRef?.['url'],
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
      return finish('failed', denied(invocation.op.name, d), pdrs, d.reason)
    }
    pdrs.push({ rule: 'lock', verdict: 'allow', reason: `acquired ${lockKey}`, inputs: { key: lockKey, ttlS }, at })
    release = got.release
  }

  // 5. Execute under a deadline; an op that ignores the signal still ends the run on time.
  const controller = new AbortController()
  const signals = [
    controller.signal,
    ...(invocation.signal ? [invocation.signal] : []),
    ...(guard?.timeoutS ? [AbortSignal.timeout(Math.min(guard.timeoutS * 1000, MAX_TIMER_MS))] : []),
  ]
  const signal = AbortSignal.any(signals)
  const ctx = createOpContext({
    runId,
    actor: invocation.actor,
    face: invocation.face,
    cwd: invocation.cwd,
    config,
    signal,
    redactor,
    log: invocation.log,
    env,
    now,
    ports: { runs: abandonedRunsPort(invocation.store, now), ...invocation.ports },
    trace,
    artifactsDir,
    ...(invocation.sandbox ? { sandbox: invocation.sandbox } : {}),
  })
  try {
    const report = await untilAborted(invocation.op.run(ctx, input), signal)
    const checked = reportSchema.safeParse(report)
    if (!checked.success)
      return await finish(
        'failed',
        crashed(invocation.op.name, `returned an invalid report: ${checked.error.message}`),
        pdrs,
        'invalid report',
      )
    return await finish(stateFor(checked.data.conclusion), checked.data, pdrs)
  } catch (error) {
    if (signal.aborted) {
      const timedOut = isTimeout(signal.reason)
      const conclusion: Conclusion = timedOut ? 'timed_out' : 'cancelled'
      const title = timedOut
        ? `${invocation.op.name} timed out after ${guard?.timeoutS}s`
        : `${invocation.op.name} was cancelled`
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
        makeReport({
          conclusion: 'failure',
          title: `${invocation.op.name}: ${message.split('\n')[0]}`,
          summary: message,
        }),
        pdrs,
        message,
      )
      if (invocation.rethrowUsageErrors) throw error
      return record
    }
    return await finish(
      'failed',
      crashed(invocation.op.name, message),
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
