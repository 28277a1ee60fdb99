import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkoutConfigSource } from '../../src/face/checkout-config-source.ts'
import { loadFaceConfig } from '../../src/face/load-face-config.ts'
import { enabledChecks } from '../../src/engine/run-checks.ts'
import { runOp } from '../../src/engine/run-op.ts'
import { openStore } from '../../src/engine/store/open-store.ts'
import { allOps, redactionSources } from '../../src/ops/registry.ts'
import { seedRepo, type SeededRepo } from '../../src/sim/seed-repo.ts'
import { startSimulator, type Simulator } from '../../src/sim/start-simulator.ts'
import { formatViolation } from '../../src/sim/violation.ts'

// The App runs as its own process (`node app/main.ts`), the simulator as another server:
// they meet only over HTTP, as the App and GitHub do.
const SCENARIOS = ['pr-spec-kit-problems', 'pr-leaked-secrets']
const CHECK_RUN = '/repos/{owner}/{repo}/check-runs/{check_run_id}'
const CHECK_RUNS = '/repos/{owner}/{repo}/check-runs'
let seeded: SeededRepo
let sim: Simulator
let app: ChildProcess
let workerProcess: ChildProcess
let dataDir: string
let appUrl = ''

beforeAll(async () => {
  seeded = await seedRepo()
  sim = await startSimulator({ repos: [{ owner: 'oda-sandbox', repo: 'odoo-shop', gitDir: seeded.gitDir }] })
  // The PRs' author may run every check, Odoo CI included (as in the sandbox).
  sim.setPermission({ owner: 'oda-sandbox', repo: 'odoo-shop', user: 'oda-sandbox', permission: 'admin' })
  dataDir = mkdtempSync(join(tmpdir(), 'oda-e2e-'))
  // Production topology: one process answers webhooks, another runs the checks; they share
  // the data dir (queue and run store), and only the web process listens.
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
    DATABASE_URL: '',
  }
  const start = (role: string, ready: RegExp): { child: ChildProcess; ready: Promise<string> } => {
    const child = spawn(process.execPath, ['app/main.ts'], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...env, ODA_APP_ROLE: role },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const ready_ = new Promise<string>((resolve, reject) => {
      let seen = ''
      const onData = (chunk: Buffer): void => {
        seen += chunk.toString()
        const m = ready.exec(seen)
        if (m) resolve(m[1] ?? '')
      }
      child.stdout?.on('data', onData)
      child.stderr?.on('data', onData)
      child.once('exit', (code) => reject(new Error(`${role} exited with ${String(code)}: ${seen}`)))
    })
    return { child, ready: ready_ }
  }
  const web = start('web', /"url":"(http:\/\/127\.0\.0\.1:\d+)"/)
  const worker = start('worker', /oda app worker running()/)
  app = web.child
  workerProcess = worker.child
  ;[appUrl] = await Promise.all([web.ready, worker.ready])
  sim.webhooks.configure({ url: `${appUrl}/api/github/webhooks`, secret: sim.app.webhookSecret })
})

afterAll(async () => {
  app?.kill('SIGTERM')
  workerProcess?.kill('SIGTERM')
  await sim?.close()
  await seeded?.cleanup()
  rmSync(dataDir, { recursive: true, force: true })
})

/** Findings the same checks report when run locally on the branch's files (the CLI's view). */
async function localFindings(branch: string): Promise<Map<string, string[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'oda-e2e-tree-'))
  const store = await openStore({ dataDir: dir })
  try {
    const tree = join(dir, 'tree')
    execFileSync('sh', [
      '-c',
      'mkdir -p "$1" && git -C "$2" archive "$3" | tar -x -C "$1"',
      'sh',
      tree,
      seeded.gitDir,
      branch,
    ])
    const changed = execFileSync(
      'git',
      ['-C', seeded.gitDir, 'diff', '--name-only', '--diff-filter=d', `main...${branch}`],
      { encoding: 'utf8' },
    )
      .split('\n')
      .filter(Boolean)
    const out = new Map<string, string[]>()
    // The configuration the App reads: the default branch's (odoo-ci replays a recorded log).
    const mainTree = join(dir, 'main')
    execFileSync('sh', [
      '-c',
      'mkdir -p "$1" && git -C "$2" archive main | tar -x -C "$1"',
      'sh',
      mainTree,
      seeded.gitDir,
    ])
    const { config } = await loadFaceConfig(checkoutConfigSource(mainTree, {}, undefined))
    for (const op of enabledChecks(allOps(), config)) {
      const record = await runOp({
        op,
        rawInput: op.check!.input({ dir: tree, changedFiles: changed }),
        face: 'cli',
        actor: 'e2e',
        actorPermission: 'admin',
        store,
        config,
        cwd: tree,
        dataDir: dir,
        redaction: redactionSources(),
      })
      out.set(
        `oda / ${op.check!.name}`,
        (record.report?.findings ?? []).map((f) => `${f.path}:${f.line}:${f.level}:${f.message}`).sort(),
      )
    }
    return out
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function completedRuns(
  sha: string,
  count: number,
): Promise<NonNullable<ReturnType<Simulator['state']['checkRuns']['get']>>[]> {
  for (;;) {
    const runs = [...sim.state.checkRuns.values()].filter((r) => r.headSha === sha)
    if (runs.length >= count && runs.every((r) => r.status === 'completed')) return runs
    await sleep(100)
  }
}

describe('oda App and GitHub simulator as separate servers', () => {
  for (const branch of SCENARIOS) {
    it(`reports ${branch} of examples/odoo-shop as completed check runs annotated line for line`, async () => {
      const expected = await localFindings(branch)
      const { pull, delivery } = await sim.openPullRequest({ owner: 'oda-sandbox', repo: 'odoo-shop', head: branch })
      expect(delivery?.status).toBe(200)
      const runs = await completedRuns(pull.headSha, expected.size)
      expect(runs.map((r) => r.name).sort()).toEqual([...expected.keys()].sort())
      let problems = 0
      for (const run of runs) {
        const annotations = run.output.annotations
          .map((a) => `${a.path}:${a.start_line}:${a.annotation_level}:${a.message}`)
          .sort()
        expect(annotations, run.name).toEqual(expected.get(run.name))
        problems += annotations.length
      }
      expect(problems).toBeGreaterThan(0)
      const bad = sim.violations.filter((v) => v.where !== 'response')
      expect(bad.map(formatViolation)).toEqual([])
    }, 120_000)
  }

  it('delivers the same report through 5xx answers, a secondary rate limit and a redelivery', async () => {
    // A branch of its own (a new head SHA): same files as pr-leaked-secrets plus one more commit.
    const sha = execFileSync(
      'git',
      [
        '-C',
        seeded.gitDir,
        '-c',
        'user.name=t',
        '-c',
        'user.email=t@e',
        'commit-tree',
        '-m',
        'faults',
        '-p',
        'pr-leaked-secrets',
        'pr-leaked-secrets^{tree}',
      ],
      { encoding: 'utf8' },
    ).trim()
    execFileSync('git', ['-C', seeded.gitDir, 'update-ref', 'refs/heads/pr-faults', sha])
    const expected = await localFindings('pr-faults')
    const f1 = sim.faults.add({ method: 'POST', path: CHECK_RUNS, status: 502, times: 1 })
    const f2 = sim.faults.add({
      method: 'POST',
      path: CHECK_RUNS,
      status: 403,
      secondary: true,
      retryAfter: 1,
      times: 1,
    })
    const f3 = sim.faults.add({ method: 'PATCH', path: CHECK_RUN, status: 503, times: 1 })
    const { pull, delivery } = await sim.openPullRequest({ owner: 'oda-sandbox', repo: 'odoo-shop', head: 'pr-faults' })
    expect((await sim.webhooks.redeliver(delivery?.id ?? '')).status).toBe(200)
    const runs = await completedRuns(pull.headSha, expected.size)
    await sleep(1500) // a duplicate, if the redelivery made one, would have shown up by now
    const all = [...sim.state.checkRuns.values()].filter((r) => r.headSha === pull.headSha)
    expect(all.map((r) => r.name).sort()).toEqual([...expected.keys()].sort())
    for (const run of runs) {
      expect(
        run.output.annotations.map((a) => `${a.path}:${a.start_line}:${a.annotation_level}:${a.message}`).sort(),
        run.name,
      ).toEqual(expected.get(run.name))
    }
    expect(f1.hits + f2.hits).toBe(2)
    expect(f3.hits).toBeLessThanOrEqual(1)
    expect(sim.violations.filter((v) => v.where !== 'response').map(formatViolation)).toEqual([])
  }, 120_000)
})
