// Odoo log parser benchmark: throughput (MB/s) and peak memory while parsing synthetic logs
// of 100 MB and 1 GB, streamed from repeated fixture records (nothing is written to disk).
//   node bench/odoo-log.ts            both sizes, each in its own process
//   node bench/odoo-log.ts --mb 250   one size, this process
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { parseOdooLogStream } from '../src/odoo/log/parse-odoo-log.ts'

const logs = join(import.meta.dirname, '..', 'test', 'fixtures', 'odoo', 'logs')
const MB = 1024 * 1024

/** One block of real records: a failing demo run and a passing OCA run, repeated to about 1 MiB. */
function block(): Buffer {
  const base = ['odoo17_ci_demo_install.log', 'odoo17_oca_queue_job.log', 'odoo18_ci_demo_install.log']
    .map((f) => readFileSync(join(logs, f), 'utf8'))
    .join('')
  let text = base
  while (text.length < MB) text += base
  return Buffer.from(text, 'utf8')
}

async function* synthetic(totalBytes: number, chunk: Buffer): AsyncGenerator<Buffer> {
  for (let sent = 0; sent < totalBytes; sent += chunk.length) yield chunk
}

async function measure(mb: number): Promise<{
  mb: number
  seconds: number
  mbPerS: number
  cpuSeconds: number
  mbPerCpuS: number
  peakRssMb: number
  peakHeapMb: number
  tests: number
  lines: number
}> {
  const chunk = block()
  let peakRss = 0
  let peakHeap = 0
  const sample = (): void => {
    const m = process.memoryUsage()
    peakRss = Math.max(peakRss, m.rss)
    peakHeap = Math.max(peakHeap, m.heapUsed)
  }
  const timer = setInterval(sample, 50)
  let tests = 0
  const cpu0 = process.cpuUsage()
  const started = performance.now()
  const log = await parseOdooLogStream(synthetic(mb * MB, chunk), { keepTests: false, onTest: () => void tests++ })
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpu0)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  clearInterval(timer)
  sample()
  const bytes = Math.ceil((mb * MB) / chunk.length) * chunk.length
  return {
    mb: Math.round(bytes / MB),
    seconds: round(seconds),
    mbPerS: round(bytes / MB / seconds),
    cpuSeconds: round(cpuSeconds),
    mbPerCpuS: round(bytes / MB / cpuSeconds),
    peakRssMb: round(peakRss / MB),
    peakHeapMb: round(peakHeap / MB),
    tests,
    lines: log.lines,
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

const at = process.argv.indexOf('--mb')
if (at >= 0) {
  console.log(JSON.stringify(await measure(Number(process.argv[at + 1]))))
} else {
  const results = [100, 1024].map((mb) => {
    const out = execFileSync(process.execPath, [import.meta.filename, '--mb', String(mb)], {
      encoding: 'utf8',
      timeout: 170_000,
    })
    const r: Awaited<ReturnType<typeof measure>> = JSON.parse(out.trim().split('\n').at(-1)!)
    console.log(
      `${String(r.mb).padStart(5)} MB: ${r.mbPerS} MB/s wall in ${r.seconds} s (${r.mbPerCpuS} MB per CPU second), peak RSS ${r.peakRssMb} MB, peak heap ${r.peakHeapMb} MB, ${r.tests} tests, ${r.lines} lines`,
    )
    return r
  })
  const [small, big] = results as [Awaited<ReturnType<typeof measure>>, Awaited<ReturnType<typeof measure>>]
  const flat = big.peakRssMb <= small.peakRssMb * 1.5
  console.log(
    `memory ${flat ? 'flat' : 'NOT flat'}: peak RSS ${small.peakRssMb} MB at ${small.mb} MB vs ${big.peakRssMb} MB at ${big.mb} MB; target 100 MB/s: ${big.mbPerS >= 100 ? 'met' : 'missed'} on the wall clock, ${big.mbPerCpuS >= 100 ? 'met' : 'missed'} per CPU second (the two differ when other work shares the cores)`,
  )
  console.log(
    JSON.stringify({
      bench: 'odoo-log',
      throughputMbPerS: big.mbPerS,
      throughputMbPerCpuS: big.mbPerCpuS,
      peakRssMb100: small.peakRssMb,
      peakRssMb1024: big.peakRssMb,
      memoryFlat: flat,
      targetMet: big.mbPerS >= 100,
      runs: results,
    }),
  )
}
