// Benchmark of slash commands through the App against the GitHub simulator:
//   node bench/commands.ts [comments] [--no-pacing]   (default 50 comments, pacing on)
// One PR; `/health staging` posted as signed `issue_comment.created` webhooks, one after the
// other. For each: comment -> first reaction (`eyes`) and comment -> final status comment
// (the run done, the comment edited, `rocket` added), p50 and p99. GitHub's write pacing stays
// on (one write per second per installation), as in production: it is most of both figures, since
// each comment costs three writes; `--no-pacing` shows what the App itself takes.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { startApp } from '../app/server.ts'
import { createLogger } from '../src/log/create-logger.ts'
import { Redactor } from '../src/log/redactor.ts'
import { startSimulator } from '../src/sim/start-simulator.ts'

const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 50)
const pacing = !process.argv.includes('--no-pacing')
const repo = mkdtempSync(join(tmpdir(), 'oda-bench-commands-'))
const git = (...args: string[]): string =>
  execFileSync('git', ['-C', repo, '-c', 'user.name=bench', '-c', 'user.email=b@e', ...args], { encoding: 'utf8' })
git('init', '-q', '-b', 'main')
mkdirSync(join(repo, '.github'))
writeFileSync(
  join(repo, '.github', 'oda.yml'),
  'environments:\n  staging:\n    target: { type: local }\n    health:\n      checks: [{ name: alive, type: command, run: "true" }]\n',
)
git('add', '-A')
git('commit', '-q', '-m', 'config')
git('checkout', '-q', '-b', 'feature')
writeFileSync(join(repo, 'a.txt'), 'a\n')
git('add', '-A')
git('commit', '-q', '-m', 'feature')
git('checkout', '-q', 'main')

const sim = await startSimulator({ repos: [{ owner: 'acme', repo: 'shop', gitDir: repo }] })
const dataDir = mkdtempSync(join(tmpdir(), 'oda-bench-commands-data-'))
const app = await startApp({
  env: {
    APP_ID: String(sim.app.id),
    PRIVATE_KEY: sim.app.privateKey,
    WEBHOOK_SECRET: sim.app.webhookSecret,
    GITHUB_API_URL: sim.url,
    ODA_DATA_DIR: dataDir,
  },
  port: 0,
  host: '127.0.0.1',
  log: createLogger({ redactor: new Redactor(), level: 'silent' }),
  throttle: pacing,
  worker: { pollMs: 50 },
})
sim.webhooks.configure({ url: app.webhookUrl, secret: sim.app.webhookSecret })
const { pull } = await sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature' })
await app.idle()

const reactions = (id: number): string[] =>
  [...sim.state.reactions.values()].filter((r) => r.subject === `comment:${id}`).map((r) => r.content)
const firstMs: number[] = []
const finalMs: number[] = []
for (let i = 0; i < N; i++) {
  const { comment, payload } = sim.webhooks.issueComment({
    owner: 'acme',
    repo: 'shop',
    number: pull.number,
    body: '/health staging',
    user: 'acme',
  })
  const t0 = performance.now()
  await sim.webhooks.send({ event: 'issue_comment', payload })
  while (reactions(comment.id).length === 0) await sleep(2)
  firstMs.push(performance.now() - t0)
  while (reactions(comment.id).length < 2) await sleep(5)
  finalMs.push(performance.now() - t0)
}
const pct = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0
const f = (n: number): string => `${n.toFixed(0)} ms`
console.log(`/health staging x ${N}, pacing ${pacing ? 'on' : 'off'}`)
console.log(`comment -> first reaction: p50 ${f(pct(firstMs, 0.5))}, p99 ${f(pct(firstMs, 0.99))}`)
console.log(`comment -> final status:   p50 ${f(pct(finalMs, 0.5))}, p99 ${f(pct(finalMs, 0.99))}`)
await app.close()
await sim.close()
rmSync(repo, { recursive: true, force: true })
rmSync(dataDir, { recursive: true, force: true })
