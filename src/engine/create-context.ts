import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from 'pino'
import type { Face, OpContext, OpPorts, StepHandle, TraceStep } from '../op/context.ts'
import type { OdaConfig } from '../config/schema.ts'
import { defaultConfig } from '../config/schema.ts'
import { Redactor } from '../log/redactor.ts'
import { builtinRedactionPatterns } from '../log/builtin-patterns.ts'
import { createLogger } from '../log/create-logger.ts'
import { runCommand } from '../exec/run-command.ts'
import type { Sandbox } from '../exec/sandbox.ts'

const EXCERPT_MAX = 4096

export interface CreateContextOptions {
  runId?: string
  actor?: string
  face?: Face
  cwd?: string
  config?: OdaConfig
  signal?: AbortSignal
  redactor?: Redactor
  log?: Logger
  artifactsDir?: string
  env?: Record<string, string | undefined>
  now?: () => Date
  ports?: OpPorts
  /** Receives the trace as steps start and end (the engine persists it). */
  trace?: TraceStep[]
  /** Confinement of commands that run repository code (the App's). */
  sandbox?: Sandbox
}

/**
 * Builds an OpContext. The engine uses it for every run; tests use it to call an op's
 * `run` directly with real parts (real exec, real files), nothing mocked.
 */
export function createOpContext(given: CreateContextOptions = {}): OpContext {
  const redactor = given.redactor ?? new Redactor({ patterns: builtinRedactionPatterns })
  const runId = given.runId ?? `local-${Date.now().toString(36)}`
  const artifactsDir = given.artifactsDir ?? join(tmpdir(), 'oda-artifacts', runId)
  mkdirSync(artifactsDir, { recursive: true })
  const signal = given.signal ?? new AbortController().signal
  const now = given.now ?? (() => new Date())
  const trace = given.trace ?? []
  const log = given.log ?? createLogger({ redactor, level: 'silent' })

  async function step<T>(name: string, fn: (s: StepHandle) => Promise<T>): Promise<T> {
    const entry: TraceStep = { name, startedAt: now().toISOString(), status: 'running' }
    trace.push(entry)
    let skipped: string | undefined
    const handle: StepHandle = {
      note(text) {
        const next = (entry.excerpt ? entry.excerpt + '\n' : '') + redactor.redact(text)
        entry.excerpt = next.length > EXCERPT_MAX ? '…' + next.slice(next.length - EXCERPT_MAX) : next
      },
      skip(reason) {
        skipped = reason
      },
    }
    try {
      const value = await fn(handle)
      entry.status = skipped !== undefined ? 'skipped' : 'succeeded'
      if (skipped !== undefined) handle.note(`skipped: ${skipped}`)
      return value
    } catch (error) {
      entry.status = signal.aborted ? (isTimeout(signal) ? 'timed_out' : 'cancelled') : 'failed'
      handle.note(error instanceof Error ? error.message : String(error))
      throw error
    } finally {
      entry.endedAt = now().toISOString()
    }
  }

  return {
    runId,
    actor: given.actor ?? 'local',
    face: given.face ?? 'cli',
    cwd: given.cwd ?? process.cwd(),
    config: given.config ?? defaultConfig(),
    signal,
    log,
    redact: redactor,
    artifactsDir,
    env: given.env ?? {},
    now,
    step,
    exec: (file, args, { repositoryCode, ...options } = {}) =>
      runCommand({
        cwd: given.cwd,
        ...options,
        file,
        args,
        redactor,
        signal: options.signal ? AbortSignal.any([signal, options.signal]) : signal,
        ...(repositoryCode && given.sandbox ? { sandbox: given.sandbox } : {}),
      }),
    ports: given.ports ?? {},
    ...(given.sandbox ? { sandbox: given.sandbox } : {}),
  }
}

function isTimeout(signal: AbortSignal): boolean {
  const reason: unknown = signal.reason
  return reason instanceof Error && reason.name === 'TimeoutError'
}
