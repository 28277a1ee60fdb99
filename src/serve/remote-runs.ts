import type { Logger } from 'pino'
import type { OdaConfig } from '../config/schema.ts'
import { parseOpInput } from '../engine/parse-op-input.ts'
import type { RunRecord } from '../engine/run-record.ts'
import { runOp } from '../engine/run-op.ts'
import type { Store } from '../engine/store/store.ts'
import { checkoutConfigSource } from '../face/checkout-config-source.ts'
import { loadFaceConfig } from '../face/load-face-config.ts'
import type { Op } from '../op/define-op.ts'
import { redactionSources } from '../ops/registry.ts'
import { authorize } from './authorize.ts'
import type { Principal } from './principal.ts'
import { remoteToOpInput } from './remote-input.ts'
import { findServedRepo, type ServedRepo } from './served-repos.ts'

export interface RemoteRunsOptions {
  repos: readonly ServedRepo[]
  store: Store
  dataDir: string
  /** Environment the ops see (deploy secrets by name), as for the CLI. */
  env: Readonly<Record<string, string | undefined>>
  log?: Logger
}

/** A run started for a remote caller: its id as soon as it is recorded, its record when it ends. */
export interface StartedRun {
  id: string
  repo: ServedRepo
  done: Promise<RunRecord>
}

/**
 * Runs ops for the remote faces (REST, MCP) on the repositories the server serves, through the
 * same engine as every face: the repository's own config, policy with PDRs, guards, redaction
 * and an evidence pack when asked for (and for the ops that always write one). Keeps the in-flight runs so they can be cancelled and
 * awaited at shutdown.
 */
export class RemoteRuns {
  readonly repos: readonly ServedRepo[]
  readonly store: Store
  readonly #o: RemoteRunsOptions
  readonly #inFlight = new Map<string, { controller: AbortController; done: Promise<RunRecord> }>()

  constructor(o: RemoteRunsOptions) {
    this.#o = o
    this.repos = o.repos
    this.store = o.store
  }

  /** The repository's config, loaded as every face loads it (ConfigError: nothing runs). */
  async config(repo: ServedRepo): Promise<OdaConfig> {
    return (await loadFaceConfig(checkoutConfigSource(repo.dir, {}, undefined))).config
  }

  /**
   * Validates the input (InputError, ServedRepoError, ConfigError), checks the principal's scopes
   * (AccessError 403): on any of these nothing is recorded or run. Then records the run and
   * returns once it is in the store; the run goes on in the background.
   */
  async start(o: {
    op: Op
    repo: string
    input: unknown
    principal: Principal
    face: 'api' | 'mcp'
    id?: string
    /** Write an evidence pack (ops that always want one get one anyway). */
    evidence?: boolean
    /** Extra links recorded with the run (the REST face's request fingerprint). */
    externalRef?: Record<string, string>
  }): Promise<StartedRun> {
    const repo = findServedRepo(this.repos, o.repo)
    const rawInput = remoteToOpInput(o.op, o.input, repo)
    const input = parseOpInput(o.op, rawInput)
    const config = await this.config(repo)
    const environment = o.op.guard?.environment?.(input)
    const production =
      environment !== undefined &&
      Object.hasOwn(config.environments, environment) &&
      config.environments[environment]?.production === true
    const scopeRule = authorize(o.principal, { op: o.op, repo: repo.name, environment, production })
    const controller = new AbortController()
    let recorded!: (id: string) => void
    const created = new Promise<string>((resolve) => (recorded = resolve))
    const done = runOp({
      op: o.op,
      rawInput,
      face: o.face,
      actor: o.principal.actor,
      actorPermission: o.principal.role,
      policyRules: [scopeRule],
      store: this.#o.store,
      config,
      cwd: repo.dir,
      env: this.#o.env,
      dataDir: this.#o.dataDir,
      redaction: redactionSources(),
      evidence: o.evidence ? {} : undefined,
      externalRef: { ...o.externalRef, repo: repo.name },
      signal: controller.signal,
      log: this.#o.log,
      newId: o.id,
      onRecorded: recorded,
    })
    const id = await Promise.race([created, done.then((r) => r.id)])
    this.#inFlight.set(id, { controller, done })
    void done.then(
      () => this.#inFlight.delete(id),
      (error: unknown) => {
        this.#inFlight.delete(id)
        this.#o.log?.error(
          { run: id, err: error instanceof Error ? error.message : String(error) },
          'run ended with an error',
        )
      },
    )
    return { id, repo, done }
  }

  /** Asks a run of this process to stop; false when it is not running here. */
  cancel(id: string): boolean {
    const run = this.#inFlight.get(id)
    if (!run) return false
    run.controller.abort(new Error('cancelled by request'))
    return true
  }

  /** The end of a run still in flight in this process, or undefined. */
  inFlight(id: string): Promise<RunRecord> | undefined {
    return this.#inFlight.get(id)?.done
  }

  /** Graceful stop: cancels what is still running and waits for every run to be recorded as ended. */
  async drain(): Promise<void> {
    const runs = [...this.#inFlight.values()]
    for (const r of runs) r.controller.abort(new Error('server shutting down'))
    await Promise.allSettled(runs.map((r) => r.done))
  }
}
