import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, resolve } from 'node:path'
import type { Logger } from 'pino'
import { startApp, type AppHost } from '../server.ts'
import type { Op } from '../../src/op/define-op.ts'
import { createLogger } from '../../src/log/create-logger.ts'
import { Redactor } from '../../src/log/redactor.ts'
import { seedRepo } from '../../src/sim/seed-repo.ts'
import { startSimulator, type Simulator } from '../../src/sim/start-simulator.ts'
import type { SandboxCheckRun } from './sandbox-check-run.ts'
import { toSandboxCheckRun } from './sandbox-check-run.ts'

export interface SandboxOptions {
  /** A local git repository to serve; default: examples/odoo-shop seeded with its scenario branches. */
  repo?: string
  /** Default branch of the served repo (where `.github/oda.yml` is read); default: the repo's current branch. */
  defaultBranch?: string
  /** Simulator and app ports on 127.0.0.1 (0, the default, picks free ones). */
  simPort?: number
  appPort?: number
  /** GitHub's write pacing; off by default because the simulator has no rate limits to respect. */
  throttle?: boolean
  log?: Logger
  ops?: () => readonly Op[]
  /** Told of each start-up step as it begins (the first start builds the simulator's OpenAPI validator: seconds). */
  progress?: (step: string) => void
}

/** Simulator + App on loopback, one repository served. */
export interface Sandbox {
  sim: Simulator
  app: AppHost
  owner: string
  repo: string
  gitDir: string
  defaultBranch: string
  /** Branches of the served repository. */
  branches: string[]
  /** Opens a PR (the simulator sends the signed `pull_request.opened`), waits for every check run to complete. */
  openPr(o: {
    head: string
    base?: string
    title?: string
  }): Promise<{ number: number; headSha: string; checkRuns: SandboxCheckRun[] }>
  close(): Promise<void>
}

/**
 * Sandbox mode: the GitHub simulator and the oda App as two HTTP servers on loopback, wired
 * like GitHub and an installed App (the App authenticates with the simulator's App key and
 * verifies the simulator's webhook signatures). Needs no GitHub account and no network.
 */
export async function startSandbox(o: SandboxOptions = {}): Promise<Sandbox> {
  const progress = o.progress ?? (() => undefined)
  if (!o.repo) progress('building the example repository examples/odoo-shop and its scenario branches')
  const seeded = o.repo ? undefined : await seedRepo()
  const gitDir = o.repo ? resolve(o.repo) : (seeded?.gitDir ?? '')
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', gitDir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
  try {
    git('rev-parse', '--git-dir')
  } catch {
    throw new Error(`${gitDir} is not a git repository (give --repo the top folder of a local git repository)`)
  }
  const defaultBranch = o.defaultBranch ?? (seeded ? 'main' : currentBranch(git))
  const branches = git('for-each-ref', '--format=%(refname:short)', 'refs/heads')
    .split('\n')
    .filter((b) => b.length > 0)
  const owner = seeded ? 'oda-sandbox' : 'local'
  const repo = seeded ? 'odoo-shop' : basename(gitDir).replace(/[^A-Za-z0-9._-]/g, '-') || 'repo'

  const dataDir = mkdtempSync(`${tmpdir()}/oda-sandbox-`)
  const log = o.log ?? createLogger({ redactor: new Redactor(), level: 'warn' })
  progress("starting the simulated GitHub (loading GitHub's OpenAPI description)")
  const sim = await startSimulator({ port: o.simPort ?? 0, repos: [{ owner, repo, gitDir, defaultBranch }] })
  // Sandbox PRs are opened by the repository's owner, who may run every check (Odoo CI included).
  sim.setPermission({ owner, repo, user: owner, permission: 'admin' })
  let app: AppHost
  progress('starting the oda App')
  try {
    app = await startApp({
      env: {
        APP_ID: String(sim.app.id),
        PRIVATE_KEY: sim.app.privateKey,
        WEBHOOK_SECRET: sim.app.webhookSecret,
        GITHUB_API_URL: sim.url,
        ODA_DATA_DIR: dataDir,
      },
      host: '127.0.0.1',
      port: o.appPort ?? 0,
      log,
      throttle: o.throttle ?? false,
      ...(o.ops ? { ops: o.ops } : {}),
    })
  } catch (error) {
    await sim.close()
    throw error
  }
  sim.webhooks.configure({ url: app.webhookUrl, secret: sim.app.webhookSecret })

  return {
    sim,
    app,
    owner,
    repo,
    gitDir,
    defaultBranch,
    branches,
    async openPr(p) {
      if (!branches.includes(p.head))
        throw new Error(`branch "${p.head}" is not in ${gitDir}; branches: ${branches.join(', ')}`)
      const base = p.base ?? defaultBranch
      if (!branches.includes(base))
        throw new Error(`base branch "${base}" is not in ${gitDir}; branches: ${branches.join(', ')}`)
      const { pull, delivery } = await sim.openPullRequest({
        owner,
        repo,
        head: p.head,
        base,
        ...(p.title ? { title: p.title } : {}),
      })
      if (delivery?.status !== 200)
        throw new Error(
          `the App did not accept pull_request.opened: ${delivery?.status ?? delivery?.error ?? 'no delivery'} ${delivery?.responseBody ?? ''}`,
        )
      await app.idle()
      const checkRuns = [...sim.state.checkRuns.values()]
        .filter((r) => r.headSha === pull.headSha)
        .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id)
        .map(toSandboxCheckRun)
      return { number: pull.number, headSha: pull.headSha, checkRuns }
    },
    async close() {
      await app.close()
      await sim.close()
      rmSync(dataDir, { recursive: true, force: true })
      await seeded?.cleanup()
    },
  }
}

function currentBranch(git: (...args: string[]) => string): string {
  try {
    return git('symbolic-ref', '--short', 'HEAD')
  } catch {
    return 'main'
  }
}
