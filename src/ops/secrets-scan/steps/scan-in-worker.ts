import { Worker } from 'node:worker_threads'
import type { ScanJob, ScanOutcome } from './scan-job.ts'

/** An error raised inside the scan worker, carried back with its name and usage flag. */
export class SecretsScanError extends Error {
  /** True when the caller's input was at fault (faces answer exit code 2). */
  readonly usage: boolean
  constructor(e: { name: string; message: string; usage: boolean }) {
    super(e.message)
    this.name = e.name
    this.usage = e.usage
  }
}

/** Time a cancelled scan gets to stop by itself (kill git, close files) before its thread is terminated. */
const GRACE_MS = 1000

/**
 * The worker's script: the TypeScript source next to this folder when running from
 * source, or `secrets-scan-worker.js` beside the bundle that contains this code.
 */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('../scan-worker.ts', import.meta.url)
    : new URL('./secrets-scan-worker.js', import.meta.url)
}

type Reply =
  { ok: true; outcome: ScanOutcome } | { ok: false; error: ConstructorParameters<typeof SecretsScanError>[0] }

const MAX_IDLE = 2

/** Idle workers, kept for the next scan (starting one costs more than most PR scans). */
const idle: Worker[] = []

function takeWorker(): Worker {
  const w = idle.pop()
  if (w) return w
  const worker = new Worker(workerUrl())
  // An idle worker never keeps the process alive, and one that dies is never handed out.
  worker.unref()
  worker.once('exit', () => {
    const at = idle.indexOf(worker)
    if (at >= 0) idle.splice(at, 1)
  })
  return worker
}

/**
 * Runs a scan on a worker thread. The calling thread stays free (webhooks, health probes,
 * timers); aborting `signal` sets a flag the scan polls, then terminates the thread if it
 * has not stopped within a second, so a timeout really ends the scan.
 */
export function scanInWorker(job: ScanJob, signal: AbortSignal): Promise<ScanOutcome> {
  signal.throwIfAborted()
  const stop = new Int32Array(new SharedArrayBuffer(4))
  const worker = takeWorker()
  worker.ref()
  return new Promise<ScanOutcome>((resolve, reject) => {
    let settled = false
    const settle = (fn: () => void, reusable: boolean): void => {
      if (settled) return
      settled = true
      signal.removeEventListener('abort', onAbort)
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      worker.unref()
      if (reusable && idle.length < MAX_IDLE) idle.push(worker)
      else if (reusable) void worker.terminate()
      fn()
    }
    const onAbort = (): void => {
      Atomics.store(stop, 0, 1)
      worker.postMessage({ type: 'abort' })
      setTimeout(() => void worker.terminate(), GRACE_MS).unref()
      settle(() => reject(signal.reason instanceof Error ? signal.reason : new Error('secrets scan cancelled')), false)
    }
    const onMessage = (msg: Reply): void =>
      settle(() => (msg.ok ? resolve(msg.outcome) : reject(new SecretsScanError(msg.error))), true)
    const onError = (err: Error): void => settle(() => reject(err), false)
    const onExit = (code: number): void =>
      settle(() => reject(new Error(`the secrets scan worker stopped (exit code ${code}) before reporting`)), false)
    signal.addEventListener('abort', onAbort, { once: true })
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    worker.postMessage({ type: 'scan', job, stop })
  })
}
