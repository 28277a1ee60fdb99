// Benchmark of the deploy pipeline's own cost, with real parts: a local target and a real
// sshd on loopback, the fake Odoo service of the integration tests, file lock and history.
//   node bench/deploy.ts
// 1. overhead per deploy: wall time minus the user's steps and the health checks;
// 2. recovery: from the failed health verdict of a broken release to a healthy rolled-back service.
import { createOpContext } from '../src/engine/create-context.ts'
import type { TraceStep } from '../src/op/context.ts'
import type { OdaConfig } from '../src/config/schema.ts'
import { runDeploy } from '../src/deploy/ops/deploy/run.ts'
import { deployInputSchema } from '../src/deploy/ops/deploy/schema.ts'
import type { ReleaseRecord } from '../src/deploy/release-record.ts'
import { ProbotOctokit } from 'probot'
import { startSimulator } from '../src/sim/start-simulator.ts'
import { startSshd, type TestSshd } from '../test/helpers/sshd.ts'
import { createDeployFixture, type DeployFixture } from '../test/integration/deploy/deploy-fixture.ts'

const ROUNDS = { local: 10, ssh: 6, github: 6, recovery: 3 }

function stats(xs: number[]): { median: number; p95: number; min: number; max: number } {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0
  return { median: at(0.5), p95: at(0.95), min: s[0] ?? 0, max: s.at(-1) ?? 0 }
}

async function deployOnce(
  fx: DeployFixture,
  config: OdaConfig,
  ref: string,
  env: Record<string, string>,
  trace: TraceStep[] = [],
  ports = {},
): Promise<{ record: ReleaseRecord; wallMs: number; trace: TraceStep[] }> {
  const ctx = createOpContext({ cwd: fx.repo, config, env, trace, ports })
  const t0 = performance.now()
  const report = await runDeploy(ctx, deployInputSchema.parse({ environment: 'staging', ref }))
  return { record: report.data as ReleaseRecord, wallMs: performance.now() - t0, trace }
}

function overheadMs(r: { record: ReleaseRecord; wallMs: number }): number {
  const steps = r.record.steps.reduce((n, s) => n + s.durationMs, 0)
  return r.wallMs - steps - (r.record.health?.durationMs ?? 0)
}

async function overhead(label: 'local' | 'ssh', rounds: number, sshd: TestSshd): Promise<ReturnType<typeof stats>> {
  const fx = await createDeployFixture(sshd)
  try {
    const config = fx.config({ target: label })
    const env = { DEPLOY_KEY: sshd.privateKey }
    await deployOnce(fx, config, 'v1', env) // warm-up: first git/ssh start-up, module caches
    const samples: number[] = []
    for (let i = 0; i < rounds; i++) {
      const r = await deployOnce(fx, config, i % 2 === 0 ? 'main' : 'v1', env)
      if (r.record.outcome !== 'deployed') throw new Error(`bench deploy failed: ${r.record.failure}`)
      samples.push(overheadMs(r))
    }
    return stats(samples)
  } finally {
    await fx.cleanup()
  }
}

// Local target, GitHub through the simulator with pacing off: the cost of the API round trips themselves.
async function github(
  rounds: number,
  sshd: TestSshd,
): Promise<{ stats: ReturnType<typeof stats>; writesPerDeploy: number; readsPerDeploy: number }> {
  const fx = await createDeployFixture(sshd)
  const sim = await startSimulator({ repos: [{ owner: 'acme', repo: 'shop', gitDir: fx.repo }] })
  try {
    const gh = new ProbotOctokit({
      baseUrl: sim.url,
      auth: { token: sim.issueToken() },
      throttle: { enabled: false },
      retry: { enabled: false },
    })
    const ports = { github: gh, repo: { owner: 'acme', repo: 'shop' } }
    const config = fx.config({ target: 'local' })
    await deployOnce(fx, config, 'v1', {}, [], ports)
    sim.routeLog.clear()
    const samples: number[] = []
    for (let i = 0; i < rounds; i++) {
      const r = await deployOnce(fx, config, i % 2 === 0 ? 'main' : 'v1', {}, [], ports)
      if (r.record.outcome !== 'deployed') throw new Error(`bench deploy failed: ${r.record.failure}`)
      samples.push(overheadMs(r))
    }
    const writes = sim.routeLog.entries.filter((e) => e.method !== 'GET').length / rounds
    return {
      stats: stats(samples),
      writesPerDeploy: writes,
      readsPerDeploy: sim.routeLog.entries.length / rounds - writes,
    }
  } finally {
    await sim.close()
    await fx.cleanup()
  }
}

async function recovery(rounds: number, sshd: TestSshd): Promise<ReturnType<typeof stats>> {
  const fx = await createDeployFixture(sshd)
  try {
    const config = fx.config({ target: 'ssh' })
    const env = { DEPLOY_KEY: sshd.privateKey }
    const samples: number[] = []
    for (let i = 0; i < rounds; i++) {
      await deployOnce(fx, config, 'v1', env)
      const r = await deployOnce(fx, config, fx.shas.broken, env)
      if (r.record.outcome !== 'rolled_back') throw new Error(`expected a rollback, got ${r.record.outcome}`)
      const failedAt = r.trace.find((s) => s.name === 'health')?.endedAt
      const healthyAt = r.trace.find((s) => s.name === 'rollback: health')?.endedAt
      if (!failedAt || !healthyAt) throw new Error('trace lacks the health steps')
      samples.push(Date.parse(healthyAt) - Date.parse(failedAt))
    }
    return stats(samples)
  } finally {
    await fx.cleanup()
  }
}

const started = performance.now()
const sshd = await startSshd()
try {
  const local = await overhead('local', ROUNDS.local, sshd)
  console.log(
    `oda overhead per deploy, local target (${ROUNDS.local} deploys, 3 steps, 1 HTTP check): median ${local.median.toFixed(0)} ms, p95 ${local.p95.toFixed(0)} ms`,
  )
  const ssh = await overhead('ssh', ROUNDS.ssh, sshd)
  console.log(
    `oda overhead per deploy, SSH target   (${ROUNDS.ssh} deploys, incl. connection setup and preflight): median ${ssh.median.toFixed(0)} ms, p95 ${ssh.p95.toFixed(0)} ms`,
  )
  const gh = await github(ROUNDS.github, sshd)
  console.log(
    `oda overhead per deploy, local target + GitHub simulator, unpaced (${ROUNDS.github} deploys): median ${gh.stats.median.toFixed(0)} ms, p95 ${gh.stats.p95.toFixed(0)} ms; ${gh.writesPerDeploy} writes + ${gh.readsPerDeploy} reads per deploy (on GitHub, Probot pacing spaces writes ~1 s apart)`,
  )
  const rec = await recovery(ROUNDS.recovery, sshd)
  console.log(
    `failed health check -> healthy rolled-back service over SSH (${ROUNDS.recovery} rollbacks, 3 steps + health): median ${rec.median.toFixed(0)} ms, p95 ${rec.p95.toFixed(0)} ms`,
  )
  console.log(
    `total ${((performance.now() - started) / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`,
  )
  console.log(
    JSON.stringify({
      bench: 'deploy',
      overheadLocalMs: local,
      overheadSshMs: ssh,
      overheadGitHubSimMs: gh.stats,
      githubWritesPerDeploy: gh.writesPerDeploy,
      githubReadsPerDeploy: gh.readsPerDeploy,
      recoveryMs: rec,
    }),
  )
} finally {
  await sshd.stop()
}
