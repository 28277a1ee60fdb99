// Benchmark of the App's PR-check path against the GitHub simulator:
//   node bench/app.ts
// The simulator runs in this process; the App runs in processes of its own (`node app/main.ts`),
// so each side's CPU work does not show up in the other's figures.
// 1. webhook acknowledgement latency p50/p99, measured by the App (`GET /metrics`) and by the
//    simulator's sender (round trip);
// 2. time from `pull_request.opened` to every check run completed, for examples/odoo-shop,
//    at 1 PR, 20 concurrent PRs on 20 installations, and 20 concurrent PRs on one installation
//    (one process doing both jobs, ODA_APP_ROLE=all);
// 3. the 20-installation round again with a `web` process and a separate `worker` process.
// GitHub's write pacing stays on (one write per second per installation), as in production.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { seedRepo } from '../src/sim/seed-repo.ts'
import { startSimulator, type Simulator } from '../src/sim/start-simulator.ts'

const SCENARIO = 'pr-spec-kit-problems'
const PRS = 20
const root = join(import.meta.dirname, '..')

function pct(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0
}
const ms = (n: number): string => `${n.toFixed(1)} ms`

const seeded = await seedRepo({ only: [SCENARIO] })
// One extra commit per branch gives 20 distinct head SHAs for the one-installation round.
const git = (...args: string[]): string =>
  execFileSync('git', ['-C', seeded.gitDir, '-c', 'user.name=bench', '-c', 'user.email=b@e', ...args], {
    encoding: 'utf8',
  }).trim()
for (let i = 0; i < PRS; i++) {
  git('checkout', '-q', '-B', `bench-${i}`, SCENARIO)
  writeFileSync(join(seeded.gitDir, 'BENCH.md'), `bench ${i}\n`)
  git('add', 'BENCH.md')
  git('commit', '-q', '-m', `bench ${i}`)
}
git('checkout', '-q', 'main')

const owners = [
  'one',
  'warm',
  ...Array.from({ length: PRS }, (_, i) => `org${i}`),
  ...Array.from({ length: PRS }, (_, i) => `split${i}`),
]
const sim: Simulator = await startSimulator({
  repos: owners.map((owner) => ({ owner, repo: 'shop', gitDir: seeded.gitDir })),
})
const children: ChildProcess[] = []
const dirs: string[] = []

/** Starts `node app/main.ts` in `role`; resolves with its URL (web roles) once it is ready. */
async function startAppProcess(role: 'all' | 'web' | 'worker', dataDir: string): Promise<string> {
  const env = {
    ...process.env,
    APP_ID: String(sim.app.id),
    PRIVATE_KEY: sim.app.privateKey,
    WEBHOOK_SECRET: sim.app.webhookSecret,
    GITHUB_API_URL: sim.url,
    ODA_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info' as const,
    ODA_APP_ROLE: role,
    DATABASE_URL: '',
  }
  const child = spawn(process.execPath, [join(root, 'app/main.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  return new Promise<string>((resolve, reject) => {
    let seen = ''
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString()
      const url = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(seen)?.[1]
      if (url) resolve(url)
      else if (role === 'worker' && seen.includes('oda app worker running')) resolve('')
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`app (${role}) exited with ${String(code)}: ${seen.slice(-2000)}`)))
  })
}

async function allCompleted(sha: string, owner: string, count: number): Promise<number> {
  for (;;) {
    const runs = [...sim.state.checkRuns.values()].filter((r) => r.headSha === sha && r.repo === `${owner}/shop`)
    if (runs.length >= count && runs.every((r) => r.status === 'completed')) return performance.now()
    await sleep(20)
  }
}

interface Round {
  label: string
  prs: number
  p50: number
  max: number
  wall: number
  roundTrips: number[]
}

async function round(label: string, prs: { owner: string; head: string }[], checks: number): Promise<Round> {
  const t0 = performance.now()
  const times = await Promise.all(
    prs.map(async (p) => {
      const start = performance.now()
      const { pull, delivery } = await sim.openPullRequest({ owner: p.owner, repo: 'shop', head: p.head })
      if (delivery?.status !== 200) throw new Error(`delivery failed: ${delivery?.status} ${delivery?.error ?? ''}`)
      return { total: (await allCompleted(pull.headSha, p.owner, checks)) - start, rt: delivery.durationMs }
    }),
  )
  const totals = times.map((t) => t.total)
  const r = {
    label,
    prs: prs.length,
    p50: pct(totals, 0.5),
    max: Math.max(...totals),
    wall: performance.now() - t0,
    roundTrips: times.map((t) => t.rt),
  }
  console.log(
    `${label.padEnd(36)} opened -> all completed  p50 ${ms(r.p50).padStart(10)}  max ${ms(r.max).padStart(10)}`,
  )
  return r
}

const appAcks = async (url: string, since = 0): Promise<{ count: number; p50: number; p99: number; max: number }> =>
  (
    (await (await fetch(`${url}/metrics?since=${since}`)).json()) as {
      webhookAckMs: { count: number; p50: number; p99: number; max: number }
    }
  ).webhookAckMs

try {
  // One process doing both jobs (ODA_APP_ROLE=all).
  const allDir = mkdtempSync(join(tmpdir(), 'oda-bench-app-'))
  dirs.push(allDir)
  const allUrl = await startAppProcess('all', allDir)
  sim.webhooks.configure({ url: `${allUrl}/api/github/webhooks`, secret: sim.app.webhookSecret })
  const warm = await sim.openPullRequest({ owner: 'warm', repo: 'shop', head: SCENARIO })
  await allCompleted(warm.pull.headSha, 'warm', 1)
  await sleep(2000)
  const checks = [...sim.state.checkRuns.values()].filter(
    (r) => r.headSha === warm.pull.headSha && r.repo === 'warm/shop',
  ).length
  console.log(
    `oda App bench: examples/odoo-shop ${SCENARIO}, ${checks} checks per PR, write pacing on, App in its own process\n`,
  )
  const beforeLoad = (await appAcks(allUrl)).count
  const one = await round('1 PR', [{ owner: 'one', head: 'bench-0' }], checks)
  const spread = await round(
    `${PRS} PRs on ${PRS} installations`,
    Array.from({ length: PRS }, (_, i) => ({ owner: `org${i}`, head: `bench-${i}` })),
    checks,
  )
  const shared = await round(
    `${PRS} PRs on 1 installation`,
    [
      ...Array.from({ length: PRS - 1 }, (_, i) => ({ owner: 'one', head: `bench-${i + 1}` })),
      { owner: 'one', head: SCENARIO },
    ],
    checks,
  )
  const allAck = await appAcks(allUrl, beforeLoad)
  await sleep(1000)
  const burst: number[] = []
  for (let i = 0; i < 200; i++) burst.push((await sim.webhooks.redeliver(warm.delivery?.id ?? '')).durationMs)
  const idleAck = await appAcks(allUrl, allAck.count)
  children.pop()?.kill('SIGTERM')

  // Production topology: a web process that only answers and queues, a worker process that runs checks.
  const splitDir = mkdtempSync(join(tmpdir(), 'oda-bench-split-'))
  dirs.push(splitDir)
  const [webUrl] = await Promise.all([startAppProcess('web', splitDir), startAppProcess('worker', splitDir)])
  sim.webhooks.configure({ url: `${webUrl}/api/github/webhooks`, secret: sim.app.webhookSecret })
  const split = await round(
    `${PRS} PRs, ${PRS} inst., web + worker procs`,
    Array.from({ length: PRS }, (_, i) => ({ owner: `split${i}`, head: `bench-${i}` })),
    checks,
  )
  const splitAck = await appAcks(webUrl)

  const rts = [...one.roundTrips, ...spread.roundTrips, ...shared.roundTrips]
  console.log('')
  console.log(
    `webhook ack measured in the App, role all, under load (${allAck.count}):  p50 ${ms(allAck.p50)}  p99 ${ms(allAck.p99)}`,
  )
  console.log(
    `webhook ack measured in the App, role web, under load (${splitAck.count}):  p50 ${ms(splitAck.p50)}  p99 ${ms(splitAck.p99)}`,
  )
  console.log(
    `webhook ack measured in the App, idle, 200 redeliveries:   p50 ${ms(idleAck.p50)}  p99 ${ms(idleAck.p99)}`,
  )
  console.log(
    `round trip seen by the simulator, role all (${rts.length}): p50 ${ms(pct(rts, 0.5))}  p99 ${ms(pct(rts, 0.99))}; idle burst p50 ${ms(pct(burst, 0.5))}  p99 ${ms(pct(burst, 0.99))}`,
  )
  const invalid = sim.violations.filter((v) => v.where !== 'response').length
  console.log(`invalid requests sent by the App: ${invalid}`)
  console.log(
    JSON.stringify({
      bench: 'app',
      checksPerPr: checks,
      ackInAppMs: {
        all: { p50: allAck.p50, p99: allAck.p99 },
        web: { p50: splitAck.p50, p99: splitAck.p99 },
        idle: { p50: idleAck.p50, p99: idleAck.p99 },
      },
      roundTripMs: {
        underLoad: { p50: pct(rts, 0.5), p99: pct(rts, 0.99) },
        idle: { p50: pct(burst, 0.5), p99: pct(burst, 0.99) },
      },
      openedToCompletedMs: {
        one: { p50: one.p50 },
        twentyInstallations: { p50: spread.p50, max: spread.max },
        twentyOnOneInstallation: { p50: shared.p50, max: shared.max },
        twentyInstallationsWebWorker: { p50: split.p50, max: split.max },
      },
      invalidRequests: invalid,
    }),
  )
} finally {
  for (const c of children) c.kill('SIGTERM')
  await sim.close()
  await seeded.cleanup()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
}
