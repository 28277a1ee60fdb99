// Entry of the worker thread that runs secrets scans, so a scan's CPU work never blocks the
// event loop of the process that asked for it (the App keeps answering webhooks). A worker
// runs one scan at a time and stays for the next.
import { parentPort } from 'node:worker_threads'
import type { ScanJob } from './steps/scan-job.ts'
import { runScanJob } from './steps/scan-job.ts'

type Request = { type: 'scan'; job: ScanJob; stop: Int32Array } | { type: 'abort' }

let controller: AbortController | undefined
parentPort?.on('message', (msg: Request) => {
  // The scan polls the shared flag while it computes (messages cannot arrive then); this
  // message aborts the waits between chunks (git output, file reads).
  if (msg.type === 'abort') return controller?.abort()
  controller = new AbortController()
  runScanJob(msg.job, controller.signal, () => Atomics.load(msg.stop, 0) === 1)
    .then((outcome) => parentPort?.postMessage({ ok: true, outcome }))
    .catch((err: unknown) => {
      const e = err instanceof Error ? err : new Error(String(err))
      parentPort?.postMessage({
        ok: false,
        error: { name: e.name, message: e.message, usage: (e as Error & { usage?: unknown }).usage === true },
      })
    })
})
