// Secret scanner benchmark.
//   node bench/secrets.ts
// 1. tree mode on the npm corpus (bench/secrets-corpus.ts builds it: typescript@5.6.3, lodash@4.17.21,
//    @types/node@22.10.1, aws-sdk@2.1692.0, about 124 MB): MB/s, peak RSS, findings per MB;
// 2. history mode on a synthetic repository of 2,000 commits of real code (built with git fast-import
//    under the same cache directory) with 5 planted fake credentials: MB/s of patch text, peak RSS,
//    and whether every planted credential is reported at the commit that introduced it.
// Each measurement runs in its own process so peak RSS is that mode's alone. Prints a final JSON line.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { availableParallelism, loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { runCommand } from '../src/exec/run-command.ts'
import { createOpContext } from '../src/engine/create-context.ts'
import { secretsScanOp } from '../src/ops/secrets-scan/index.ts'
import type { SecretsScanData } from '../src/secrets/build-secrets-report.ts'
import { makeBase62Token } from '../src/secrets/checksums.ts'
import { buildSecretsCorpus, corpusDir } from './secrets-corpus.ts'

interface ModeResult {
  mode: 'tree' | 'history'
  bytes: number
  files: number
  seconds: number
  mbPerSecond: number
  /** Throughput per second of CPU time used by the process: what the scanner does when it gets a core to itself. */
  mbPerCpuSecond: number
  peakRssMb: number
  findings: {
    ruleId: string
    path: string
    line: number
    level: string
    confidence: unknown
    preview: unknown
    commit?: unknown
  }[]
}

async function measure(mode: 'tree' | 'history', dir: string): Promise<ModeResult> {
  const ctx = createOpContext({ cwd: dir })
  const cpu0 = process.cpuUsage()
  const started = performance.now()
  const report = await secretsScanOp.run(
    ctx,
    secretsScanOp.input.parse(mode === 'tree' ? { dir: '.' } : { dir: '.', history: true }),
  )
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpu0)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  const data = report.data as SecretsScanData
  return {
    mode,
    bytes: data.bytes,
    files: data.files,
    seconds,
    mbPerSecond: data.bytes / 1e6 / seconds,
    mbPerCpuSecond: data.bytes / 1e6 / cpuSeconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      path: f.path,
      line: f.line,
      level: f.level,
      confidence: f.properties?.confidence,
      preview: f.properties?.secretPreview,
      commit: f.properties?.commit,
    })),
  }
}

/** Runs one mode in a fresh process and returns its result. */
async function inChild(mode: 'tree' | 'history', dir: string): Promise<ModeResult> {
  // History runs with a small heap cap: finishing within it shows memory does not grow with history length.
  const heap = mode === 'history' ? ['--max-old-space-size=64'] : []
  const r = await runCommand({
    file: process.execPath,
    args: [...heap, new URL(import.meta.url).pathname, '--child', mode, dir],
    timeoutMs: 170_000,
    maxBuffer: 16 * 1024 * 1024,
  })
  if (r.exitCode !== 0) throw new Error(`${mode} run failed: ${r.stderr.slice(-2000)}`)
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ModeResult
}

const COMMITS = 2000
/** Commits that add a planted fake token. */
const PLANT_AT = [1, 401, 802, 1203, 1999]

/** Builds (once) a repository whose history adds real code commit by commit, with planted fakes. */
async function buildHistoryRepo(): Promise<{ dir: string; planted: string[] }> {
  const dir = join(corpusDir(), '..', 'secrets-history-repo')
  // Random-looking but reproducible: a fixed LCG, so the same repository is rebuilt anywhere.
  let seed = 20241121
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  const planted = PLANT_AT.map(() =>
    makeBase62Token('ghp_', Array.from({ length: 30 }, () => alphabet[Math.floor(rnd() * 62)]).join('')),
  )
  if (existsSync(join(dir, '.complete'))) return { dir, planted }
  // Real code and data: the AWS SDK's API descriptions and typings, file after file, each commit rewriting one path.
  const sources = listFiles(join(corpusDir(), 'aws-sdk-2.1692.0', 'package')).filter(
    (f) => /\.(?:json|d\.ts|js)$/.test(f) && statSync(f).size < 1_000_000,
  )
  const chunks: string[] = []
  const enc = (s: string): string => `data ${Buffer.byteLength(s)}\n${s}\n`
  for (let i = 0; i < COMMITS; i++) {
    const src = sources[i % sources.length]!
    let content = readFileSync(src, 'utf8')
    const p = PLANT_AT.indexOf(i)
    if (p >= 0) content += `\nexport const SYNC_TOKEN = "${planted[p]}"\n`
    chunks.push(
      `commit refs/heads/main\ncommitter Bench ${i} <bench@example.org> ${1_700_000_000 + i * 60} +0000\n${enc(`commit ${i}`)}M 100644 inline src/${i % 97}/${src
        .split('/')
        .pop()!
        .replace(/^([^.]*).*$/, '$1')}.txt\n${enc(content)}`,
    )
  }
  const r0 = await runCommand({ file: 'git', args: ['init', '-q', '-b', 'main', dir] })
  if (r0.exitCode !== 0) throw new Error(r0.stderr)
  const r = await runCommand({
    file: 'git',
    args: ['fast-import', '--quiet'],
    cwd: dir,
    input: chunks.join(''),
    timeoutMs: 170_000,
  })
  if (r.exitCode !== 0) throw new Error(`fast-import failed: ${r.stderr.slice(-1000)}`)
  await runCommand({ file: 'git', args: ['-C', dir, 'reset', '-q', '--hard', 'main'] })
  await runCommand({ file: 'touch', args: [join(dir, '.complete')] })
  return { dir, planted }
}

function listFiles(root: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(root, { withFileTypes: true })) {
    const p = join(root, e.name)
    if (e.isDirectory()) out.push(...listFiles(p))
    else if (e.isFile()) out.push(p)
  }
  return out.sort()
}

async function main(): Promise<void> {
  const corpus = await buildSecretsCorpus()
  const load = loadavg()[0]!.toFixed(1)
  console.log(
    `machine: ${availableParallelism()} CPUs, load average ${load} (wall-clock figures shrink when other processes compete for the CPUs; the CPU-time figure does not)`,
  )
  const tree = await inChild('tree', corpus)
  const mb = tree.bytes / 1e6
  console.log(
    `tree mode: ${tree.files} files, ${mb.toFixed(1)} MB in ${tree.seconds.toFixed(2)} s = ${tree.mbPerSecond.toFixed(1)} MB/s wall-clock (target >= 25), ${tree.mbPerCpuSecond.toFixed(1)} MB per CPU-second, peak RSS ${tree.peakRssMb.toFixed(0)} MB`,
  )
  const failing = tree.findings.filter((f) => f.level !== 'notice')
  console.log(
    `findings: ${tree.findings.length} (${(tree.findings.length / mb).toFixed(3)} per MB; target < 0.5), of which failing: ${failing.length} (${(failing.length / mb).toFixed(3)} per MB)`,
  )
  for (const f of tree.findings)
    console.log(
      `  ${f.level.padEnd(7)} ${f.ruleId} ${f.path}:${f.line} ${String(f.preview)} confidence=${String(f.confidence)}`,
    )
  const { dir, planted } = await buildHistoryRepo()
  const history = await inChild('history', dir)
  const found = history.findings.filter((f) => f.ruleId === 'github-pat').length
  console.log(
    `history mode: ${COMMITS} commits, ${(history.bytes / 1e6).toFixed(1)} MB of added lines in ${history.seconds.toFixed(2)} s = ${history.mbPerSecond.toFixed(1)} MB/s wall-clock, ${history.mbPerCpuSecond.toFixed(1)} MB per CPU-second, peak RSS ${history.peakRssMb.toFixed(0)} MB with a 64 MB heap cap; planted tokens found ${found}/${planted.length}`,
  )
  for (const f of history.findings)
    console.log(`  ${f.ruleId} ${f.path}:${f.line} commit ${String(f.commit).slice(0, 12)}`)
  console.log(
    JSON.stringify({
      bench: 'secrets',
      loadAverage: +load,
      tree: {
        mb: +mb.toFixed(1),
        files: tree.files,
        seconds: +tree.seconds.toFixed(2),
        mbPerSecond: +tree.mbPerSecond.toFixed(1),
        mbPerCpuSecond: +tree.mbPerCpuSecond.toFixed(1),
        peakRssMb: Math.round(tree.peakRssMb),
        findings: tree.findings.length,
        findingsPerMb: +(tree.findings.length / mb).toFixed(3),
        failingPerMb: +(failing.length / mb).toFixed(3),
      },
      history: {
        commits: COMMITS,
        mb: +(history.bytes / 1e6).toFixed(1),
        seconds: +history.seconds.toFixed(2),
        mbPerSecond: +history.mbPerSecond.toFixed(1),
        mbPerCpuSecond: +history.mbPerCpuSecond.toFixed(1),
        peakRssMb: Math.round(history.peakRssMb),
        plantedFound: found,
        planted: planted.length,
      },
    }),
  )
}

if (process.argv[2] === '--child') {
  const result = await measure(process.argv[3] as 'tree' | 'history', process.argv[4]!)
  console.log(JSON.stringify(result))
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main()
}
