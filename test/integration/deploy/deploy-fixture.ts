import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { odaConfigSchema, type OdaConfig } from '../../../src/config/schema.ts'
import { freePort, type TestSshd } from '../../helpers/sshd.ts'

const FAKE_ODOO = new URL('./fake-odoo.mjs', import.meta.url).pathname

/** A git repo whose commits are releases, and an app folder the fake Odoo runs from. */
export interface DeployFixture {
  repo: string
  app: string
  port: number
  /** SHAs by name: good1, broken, good2. */
  shas: Record<'good1' | 'broken' | 'good2', string>
  config(o?: {
    target?: 'ssh' | 'local'
    extraSteps?: { name: string; run: string; timeoutS?: number }[]
    secrets?: string[]
    allowedRefs?: string[]
    autoRollback?: boolean
  }): OdaConfig
  /** What the running service answers on /web/health, or undefined when nothing listens. */
  currentHealth(): Promise<string | undefined>
  cleanup(): Promise<void>
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-C', cwd, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'oda',
      GIT_AUTHOR_EMAIL: 'oda@example.com',
      GIT_COMMITTER_NAME: 'oda',
      GIT_COMMITTER_EMAIL: 'oda@example.com',
    },
  }).trim()
}

function commit(repo: string, status: string, message: string): string {
  writeFileSync(join(repo, 'health.json'), JSON.stringify({ status }))
  git(repo, 'add', 'health.json')
  git(repo, 'commit', '-q', '-m', message)
  return git(repo, 'rev-parse', 'HEAD')
}

/** Builds the repo (three releases on main, tag v1 on the first) and a free port for the service. */
export async function createDeployFixture(sshd?: TestSshd): Promise<DeployFixture> {
  const root = mkdtempSync(join(tmpdir(), 'oda-deploy-'))
  const repo = join(root, 'repo')
  const app = join(root, 'app')
  mkdirSync(repo)
  mkdirSync(app)
  git(repo, 'init', '-q', '-b', 'main')
  const good1 = commit(repo, 'pass', 'good release 1')
  git(repo, 'tag', 'v1')
  const broken = commit(repo, 'fail', 'broken release')
  const good2 = commit(repo, 'pass', 'good release 2')
  const port = await freePort()
  const q = JSON.stringify
  const pidFile = join(app, 'pid')
  const steps = [
    {
      // The service was started detached, so once it exits it waits as a zombie until whatever
      // adopted it reaps it (some container inits never do): a zombie counts as stopped.
      name: 'stop',
      run: `if [ -f ${q(pidFile)} ]; then p=$(cat ${q(pidFile)}); kill "$p" 2>/dev/null; while kill -0 "$p" 2>/dev/null && [ "$(cut -d' ' -f3 /proc/"$p"/stat 2>/dev/null)" != Z ]; do sleep 0.05; done; rm -f ${q(pidFile)}; fi`,
    },
    {
      name: 'fetch',
      run: `mkdir -p ${q(app)}/releases/"$ODA_SHA" && git -C ${q(repo)} archive "$ODA_SHA" | tar -x -C ${q(app)}/releases/"$ODA_SHA"`,
    },
    {
      name: 'start',
      run: `setsid nohup ${q(process.execPath)} ${q(FAKE_ODOO)} ${port} ${q(app)}/releases/"$ODA_SHA"/health.json ${q(pidFile)} > ${q(app)}/log 2>&1 < /dev/null & i=0; while [ ! -f ${q(pidFile)} ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done; echo started "$ODA_SHA"`,
    },
  ]
  return {
    repo,
    app,
    port,
    shas: { good1, broken, good2 },
    config(o = {}) {
      const target = o.target ?? 'ssh'
      return odaConfigSchema.parse({
        environments: {
          staging: {
            url: `http://127.0.0.1:${port}`,
            target:
              target === 'ssh' && sshd
                ? {
                    type: 'ssh',
                    host: sshd.host,
                    port: sshd.port,
                    user: sshd.user,
                    knownHosts: sshd.knownHosts,
                    keySecret: 'DEPLOY_KEY',
                  }
                : { type: 'local', cwd: root },
            secrets: o.secrets ?? [],
            allowedRefs: o.allowedRefs ?? [],
            steps: [...steps, ...(o.extraSteps ?? [])],
            rollback: { auto: o.autoRollback ?? true },
            health: {
              checks: [
                {
                  name: 'odoo',
                  type: 'http',
                  url: `http://127.0.0.1:${port}/web/health`,
                  jsonPath: 'status',
                  jsonEquals: 'pass',
                  timeoutS: 2,
                },
              ],
              probes: [
                {
                  name: 'queue',
                  type: 'http-json',
                  url: `http://127.0.0.1:${port}/queue`,
                  jsonPath: 'queue.pending',
                  warnAbove: 100,
                },
                { name: 'disk', type: 'disk', path: '/' },
              ],
              deadlineS: 1.5,
              intervalS: 0.1,
              maxIntervalS: 0.4,
            },
          },
        },
      })
    },
    async currentHealth() {
      try {
        return await (await fetch(`http://127.0.0.1:${port}/web/health`)).text()
      } catch {
        return undefined
      }
    },
    async cleanup() {
      if (existsSync(pidFile)) {
        try {
          process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM')
        } catch {
          /* already gone */
        }
      }
      rmSync(root, { recursive: true, force: true })
    },
  }
}
