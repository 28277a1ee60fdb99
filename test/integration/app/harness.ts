import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { startApp, type AppHost, type StartAppOptions } from '../../../app/server.ts'
import { defineOp, type Op } from '../../../src/op/define-op.ts'
import { conclusionFor, makeReport, type Finding } from '../../../src/op/report.ts'
import { startSimulator, type Simulator } from '../../../src/sim/start-simulator.ts'
import { formatViolation } from '../../../src/sim/violation.ts'
import { createLogger } from '../../../src/log/create-logger.ts'
import { Redactor } from '../../../src/log/redactor.ts'

/** Files per branch; each branch starts from `main`. */
export type RepoSpec = { main: Record<string, string> } & Record<string, Record<string, string>>

/** A real git repository with one commit per branch. */
export function makeGitRepo(spec: RepoSpec): string {
  const dir = mkdtempSync(join(tmpdir(), 'oda-app-repo-'))
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    })
  git('init', '-q', '-b', 'main')
  const write = (files: Record<string, string>): void => {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true })
      writeFileSync(join(dir, p), text)
    }
    git('add', '-A')
    git('commit', '-q', '-m', 'change')
  }
  write(spec.main)
  for (const [branch, files] of Object.entries(spec)) {
    if (branch === 'main') continue
    git('checkout', '-q', '-b', branch, 'main')
    write(files)
  }
  git('checkout', '-q', 'main')
  return dir
}

/**
 * A real check op for the tests: one warning per line containing "TODO" and one failure per
 * line containing "FIXME", in the changed files (every file when the PR is unknown).
 */
export const todoOp: Op = defineOp({
  name: 'test.todo',
  summary: 'Flags TODO and FIXME lines',
  input: z.object({
    dir: z.string().describe('Repository root'),
    changedFiles: z.array(z.string()).default([]).describe('Files to look at'),
  }),
  check: { name: 'todo', input: ({ dir, changedFiles }) => ({ dir, changedFiles: [...(changedFiles ?? [])] }) },
  run: async (ctx, input) => {
    const findings: Finding[] = []
    for (const path of input.changedFiles) {
      // Like every op: the dir is relative to the run's cwd (the App's checkout).
      const text = await readFile(resolve(ctx.cwd, input.dir, path), 'utf8')
      text.split('\n').forEach((line, i) => {
        if (line.includes('FIXME'))
          findings.push({
            path,
            line: i + 1,
            level: 'failure',
            ruleId: 'fixme',
            message: `FIXME left in: ${line.trim()}`,
          })
        else if (line.includes('TODO'))
          findings.push({
            path,
            line: i + 1,
            level: 'warning',
            ruleId: 'todo',
            message: `TODO left in: ${line.trim()}`,
          })
      })
    }
    return makeReport({
      conclusion: conclusionFor(findings),
      title: `${findings.length} marker(s)`,
      summary: `Looked at ${input.changedFiles.length} file(s).`,
      findings,
    })
  },
})

/** A second, clean check, so tests see several check runs per commit. */
export const okOp: Op = defineOp({
  name: 'test.ok',
  summary: 'Always passes',
  input: z.object({ dir: z.string().describe('Repository root') }),
  check: { name: 'ok', input: ({ dir }) => ({ dir }) },
  run: async () => makeReport({ conclusion: 'success', title: 'All good' }),
})

export interface Bed {
  sim: Simulator
  app: AppHost
  dataDir: string
  close(): Promise<void>
}

/** Starts the simulator serving `repos` and the App (separate HTTP servers), wired by webhook URL. */
export async function startBed(o: {
  repos: { owner: string; repo: string; gitDir: string; installationId?: number }[]
  ops?: Op[]
  throttle?: boolean
  graceMs?: number
  fetch?: typeof fetch
  /** Extra App environment (over the credentials and data dir the bed sets). */
  env?: Record<string, string>
  /** The App reads its key from this file (written 0600) instead of `PRIVATE_KEY`. */
  keyFile?: string
  /** Further App options (body cap...). */
  app?: Pick<StartAppOptions, 'maxWebhookBytes'>
}): Promise<Bed> {
  const sim = await startSimulator({ repos: o.repos })
  const dataDir = mkdtempSync(join(tmpdir(), 'oda-app-data-'))
  const log = createLogger({ redactor: new Redactor(), level: process.env['ODA_TEST_LOG'] ?? 'silent' })
  if (o.keyFile) writeFileSync(o.keyFile, sim.app.privateKey, { mode: 0o600 })
  const app = await startApp({
    env: {
      APP_ID: String(sim.app.id),
      ...(o.keyFile ? { PRIVATE_KEY_PATH: o.keyFile } : { PRIVATE_KEY: sim.app.privateKey }),
      WEBHOOK_SECRET: sim.app.webhookSecret,
      GITHUB_API_URL: sim.url,
      ODA_DATA_DIR: dataDir,
      ...o.env,
    },
    ...o.app,
    port: 0,
    host: '127.0.0.1',
    log,
    throttle: o.throttle ?? false,
    retryBaseMs: 20,
    ...(o.fetch ? { fetch: o.fetch } : {}),
    ops: () => o.ops ?? [todoOp, okOp],
    worker: {
      pollMs: 50,
      backoffMs: () => 200,
      headPollMs: 100,
      ...(o.graceMs !== undefined ? { graceMs: o.graceMs } : {}),
    },
  })
  sim.webhooks.configure({ url: app.webhookUrl, secret: sim.app.webhookSecret })
  return {
    sim,
    app,
    dataDir,
    async close() {
      await app.close()
      await sim.close()
      rmSync(dataDir, { recursive: true, force: true })
      for (const r of o.repos) rmSync(r.gitDir, { recursive: true, force: true })
    },
  }
}

/** Check runs of a commit in the simulator, by name. */
export function checkRunsFor(
  sim: Simulator,
  sha: string,
): Map<string, ReturnType<Simulator['state']['checkRuns']['get']> & object> {
  const out = new Map<string, NonNullable<ReturnType<Simulator['state']['checkRuns']['get']>>>()
  for (const run of sim.state.checkRuns.values()) if (run.headSha === sha) out.set(run.name, run)
  return out
}

/**
 * Every request the App made passed GitHub's OpenAPI description and documented limits.
 * (Violations of the simulator's own responses are the simulator's tests' business.)
 */
export function expectValidRequests(sim: Simulator): void {
  const bad = sim.violations.filter((v) => v.where !== 'response')
  if (bad.length > 0)
    throw new Error(
      `the App sent ${bad.length} invalid request(s):\n${bad.map(formatViolation).join('\n')}\n\nroute log:\n${sim.routeLog.format()}`,
    )
}
