// Benchmark of the App's PR-check path against the GitHub simulator (two HTTP servers on loopback):
//   node bench/app.ts
// 1. webhook acknowledgement latency (p50/p99), as the simulator's sender measures it;
// 2. time from `pull_request.opened` to every check run completed, for examples/odoo-shop,
//    at 1 PR, 20 concurrent PRs on 20 installations, and 20 concurrent PRs on one installation.
// GitHub's write pacing stays on (one write per second per installation), as in production.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { startApp } from '../app/server.ts'
import { createLogger } from '../src/log/create-logger.ts'
import { Redactor } from '../src/log/redactor.ts'
import { seedRepo } from '../src/sim/seed-repo.ts'
import { startSimulator, type Simulator } from '../src/sim/start-simulator.ts'

const SCENARIO = 'pr-spec-kit-problems'
const PRS = 20

function pct(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0
}
const ms = (n: number): string => `${n.toFixed(1)} ms`

const seeded = await seedRepo({ only: [SCENARIO] })
// One extra commit per branch gives 20 distinct head SHAs for the one-installation run.
const git = (...args: string[]): string => execFileSync('git', ['-C', seeded.gitDir, '-c', 'user.name=bench', '-c', 'user.email=b@e', ...args], { encoding: 'utf8' }).trim()
for (let i = 0; i < PRS; i++) {
  git('checkout', '-q', '-B', `bench-${i}`, SCENARIO)
  writeFileSync(join(seeded.gitDir, 'BENCH.md'), `bench ${i}\n`)
  git('add', 'BENCH.md')
  git('commit', '-q', '-m', `bench ${i}`)
}
git('checkout', '-q', 'main')

const repos = [{ owner: 'one', repo: 'shop', gitDir: seeded.gitDir }, ...Array.from({ length: PRS }, (_, i) => ({ owner: `org${i}`, repo: 'shop', gitDir: seeded.gitDir }))]
const sim: Simulator = await startSimulator({ repos })
const dataDir = mkdtempSync(join(tmpdir(), 'oda-bench-app-'))
const app = await startApp({
  env: { APP_ID: String(sim.app.id), PRIVATE_KEY: sim.app.privateKey, WEBHOOK_SECRET: sim.app.webhookSecret, GITHUB_API_URL: sim.url, ODA_DATA_DIR: dataDir },
  port: 0, host: '127.0.0.1', log: createLogger({ redactor: new Redactor(), level: 'silent' }), throttle: true,
})
sim.webhooks.configure({ url: app.webhookUrl, secret: sim.app.webhookSecret })

async function allCompleted(sha: string, owner: string, count: number): Promise<number> {
  for (;;) {
    const runs = [...sim.state.checkRuns.values()].filter((r) => r.headSha === sha && r.repo === `${owner}/shop`)
    if (runs.length >= count && runs.every((r) => r.status === 'completed')) return performance.now()
    await sleep(20)
  }
}

async function round(label: string, prs: { owner: string; head: string }[], checks: number): Promise<{ label: string; prs: number; p50: number; max: number; wall: number; acks: number[] }> {
  const t0 = performance.now()
  const times = await Promise.all(prs.map(async (p) => {
    const start = performance.now()
    const { pull, delivery } = await sim.openPullRequest({ owner: p.owner, repo: 'shop', head: p.head })
    if (delivery?.status !== 200) throw new Error(`delivery failed: ${delivery?.status} ${delivery?.error ?? ''}`)
    return { total: (await allCompleted(pull.headSha, p.owner, checks)) - start, ack: delivery.durationMs }
  }))
  const totals = times.map((t) => t.total)
  const r = { label, prs: prs.length, p50: pct(totals, 0.5), max: Math.max(...totals), wall: performance.now() - t0, acks: times.map((t) => t.ack) }
  console.log(`${label.padEnd(34)} PRs ${String(r.prs).padStart(2)}  opened->all completed p50 ${ms(r.p50)}  max ${ms(r.max)}  wall ${ms(r.wall)}`)
  return r
}

try {
  // Warm-up PR (module caches, first tarball) on its own owner, not measured; it tells how many checks run.
  const warm = await sim.openPullRequest({ owner: 'org0', repo: 'shop', head: SCENARIO })
  await app.idle()
  const checks = [...sim.state.checkRuns.values()].filter((r) => r.headSha === warm.pull.headSha).length
  console.log(`oda App bench: examples/odoo-shop ${SCENARIO}, ${checks} checks per PR, write pacing on\n`)

  const one = await round('1 PR', [{ owner: 'one', head: 'bench-0' }], checks)
  const spread = await round(`${PRS} PRs on ${PRS} installations`, Array.from({ length: PRS }, (_, i) => ({ owner: `org${i}`, head: `bench-${i}` })), checks)
  const shared = await round(`${PRS} PRs on 1 installation`, Array.from({ length: PRS - 1 }, (_, i) => ({ owner: 'one', head: `bench-${i + 1}` })).concat([{ owner: 'one', head: SCENARIO }]), checks)

  // Acknowledgement latency: a burst of redeliveries (signature check, parse, dedupe, answer).
  const burst: number[] = []
  for (let i = 0; i < 200; i++) burst.push((await sim.webhooks.redeliver(warm.delivery?.id ?? '')).durationMs)
  const acks = [...one.acks, ...spread.acks, ...shared.acks]
  console.log(`\nwebhook ack, deliveries that queued work (${acks.length}): p50 ${ms(pct(acks, 0.5))}  p99 ${ms(pct(acks, 0.99))}`)
  console.log(`webhook ack, burst of 200 redeliveries:      p50 ${ms(pct(burst, 0.5))}  p99 ${ms(pct(burst, 0.99))}`)
  const violations = sim.violations.filter((v) => v.where !== 'response').length
  console.log(`invalid requests sent by the App: ${violations}`)
  console.log(JSON.stringify({
    bench: 'app', checksPerPr: checks,
    ackMs: { p50: pct(acks, 0.5), p99: pct(acks, 0.99) }, ackBurstMs: { p50: pct(burst, 0.5), p99: pct(burst, 0.99) },
    openedToCompletedMs: { one: { p50: one.p50, max: one.max }, twentyInstallations: { p50: spread.p50, max: spread.max }, twentyOnOneInstallation: { p50: shared.p50, max: shared.max } },
    invalidRequests: violations,
  }))
} finally {
  await app.close()
  await sim.close()
  await seeded.cleanup()
  rmSync(dataDir, { recursive: true, force: true })
}
