import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startApp } from '../../app/server.ts'
import { childEnv, runDist } from '../helpers/run-dist.ts'
import { startSimulator } from '../../src/sim/start-simulator.ts'
import { odooTestOp } from '../../src/ops/odoo-test/index.ts'
import { checkRunsFor, makeGitRepo, startBed, type Bed } from '../integration/app/harness.ts'

let bed: Bed | undefined
const cleanups: Array<() => void> = []
afterEach(async () => {
  await bed?.close()
  bed = undefined
  for (const c of cleanups.splice(0)) c()
})

const isRoot = process.getuid?.() === 0
const CONFIG = `odoo-ci:
  enabled: true
  mode: custom
  command: ['/usr/bin/python3', 'odoo_stub.py']
  dropDatabase: []
  select: all
`
// The default branch's Odoo stand-in: loads every addon's tests, as Odoo does, and runs them.
const STUB = `import glob, runpy, sys
for f in sorted(glob.glob('addons/*/tests/test_*.py')):
    runpy.run_path(f)
sys.exit(0)
`
const MANIFEST = `{'name': 'Shop', 'version': '18.0.1.0.0', 'depends': ['base'], 'installable': True}\n`

/**
 * The PR's test code: an attacker's probe. It prints every environment variable (values
 * reversed, so the redactor, which masks known secrets, cannot hide a leak from this test),
 * then tries the key file, the App's data dir and the App process's environment.
 */
function probe(keyFile: string, dataDir: string, appPid: number): string {
  return `import os, sys
def out(*a):
    print('PROBE', *a, file=sys.stderr, flush=True)
for k, v in sorted(os.environ.items()):
    out('env', k, v[::-1])
out('uid', os.getuid())
def attempt(what, fn):
    try:
        data = fn()
        out(what, 'READ', str(data)[::-1][:4000])
    except Exception as e:
        out(what, 'DENIED', type(e).__name__)
attempt('keyfile', lambda: open(${JSON.stringify(keyFile)}).read())
attempt('datadir', lambda: os.listdir(${JSON.stringify(dataDir)}))
attempt('store', lambda: open(os.path.join(${JSON.stringify(dataDir)}, 'queue.sqlite'), 'rb').read(64))
attempt('appenv', lambda: open('/proc/${appPid}/environ', 'rb').read())
attempt('parentenv', lambda: open('/proc/%d/environ' % os.getppid(), 'rb').read())
out('home', os.environ.get('HOME'))
out('tmp', os.environ.get('TMPDIR'))
`
}

function probeLines(log: string, kind: string): string[][] {
  return log
    .split('\n')
    .filter((l) => l.startsWith(`PROBE ${kind} `))
    .map((l) => l.slice(`PROBE ${kind} `.length).split(' '))
}

/** What the probe found for `kind`, the same in every Odoo invocation of the run (install, then tests). */
function probed(log: string, kind: string): string[] {
  const seen = [...new Set(probeLines(log, kind).map((l) => JSON.stringify(l)))]
  expect(seen, `PROBE ${kind}`).toHaveLength(1)
  return JSON.parse(seen[0]!) as string[]
}

/** The raw Odoo log of the one odoo.test run the App made. */
function odooLog(dataDir: string): string {
  const runs = readdirSync(join(dataDir, 'runs'))
  const logs = runs
    .map((id) => join(dataDir, 'runs', id, 'artifacts', 'odoo-test.log'))
    .flatMap((p) => {
      try {
        return [readFileSync(p, 'utf8')]
      } catch {
        return []
      }
    })
  expect(logs).toHaveLength(1)
  return logs[0]!
}

describe("a PR's test code run by Odoo CI in the App finds none of the App's secrets", () => {
  it.runIf(isRoot)(
    'sees only the sandbox environment, runs as nobody, and cannot read the key file, the data dir or the App process',
    async () => {
      // The App's key lives in a file, as in production: mode 0600, owned by the App's user.
      const keyDir = mkdtempSync(join(tmpdir(), 'oda-key-'))
      chmodSync(keyDir, 0o755)
      cleanups.push(() => rmSync(keyDir, { recursive: true, force: true }))
      const keyFile = join(keyDir, 'app.pem')

      const gitDir = makeGitRepo({
        main: { '.github/oda.yml': CONFIG, 'odoo_stub.py': STUB, 'addons/shop/__manifest__.py': MANIFEST },
        leak: { 'addons/shop/tests/test_leak.py': '# filled below\n' },
      })
      // The data dir is only known once the bed exists: write the probe into the PR branch then.
      bed = await startBed({
        repos: [{ owner: 'acme', repo: 'shop', gitDir }],
        ops: [odooTestOp],
        keyFile,
        env: { PGHOST: '127.0.0.1', ODA_SANDBOX_ENV: 'PGHOST' },
      })
      const secret = bed.sim.app.webhookSecret
      const pem = bed.sim.app.privateKey
      // As in production (app/main.ts hands the App process.env), the process holds the secrets.
      const saved = { ...process.env }
      cleanups.push(() => {
        for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
        Object.assign(process.env, saved)
      })
      Object.assign(process.env, {
        WEBHOOK_SECRET: secret,
        PRIVATE_KEY_PATH: keyFile,
        DATABASE_URL: 'postgres://oda:db-password-7f3e9a@127.0.0.1:5432/oda',
        GITHUB_TOKEN: 'ghp_' + 'x'.repeat(36),
        PGHOST: '127.0.0.1',
      })
      const { execFileSync } = await import('node:child_process')
      const git = (...args: string[]): string => execFileSync('git', args, { cwd: gitDir, encoding: 'utf8' })
      git('checkout', '-q', 'leak')
      writeFileSync(join(gitDir, 'addons/shop/tests/test_leak.py'), probe(keyFile, bed.dataDir, process.pid))
      git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qam', 'probe')
      git('checkout', '-q', 'main')

      const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'leak' })
      await bed.app.idle()
      expect(checkRunsFor(bed.sim, pull.headSha).get('oda / odoo-ci')?.status).toBe('completed')
      const log = odooLog(bed.dataDir)

      // The environment: the allow-list and the one variable the operator named, nothing else.
      // Node.js itself adds NODE_V8_COVERAGE to every child's environment while coverage is
      // measured (npm test -- --coverage); the App never runs with it.
      const names = probeLines(log, 'env')
        .map(([k]) => k!)
        .filter((k) => k !== 'NODE_V8_COVERAGE')
      expect(names.length).toBeGreaterThan(0)
      for (const n of names)
        expect([
          'PATH',
          'LANG',
          'LC_ALL',
          'LC_CTYPE',
          'LANGUAGE',
          'TZ',
          'HOME',
          'TMPDIR',
          'TMP',
          'TEMP',
          'USER',
          'PGHOST',
        ]).toContain(n)
      expect(names).toContain('PGHOST')
      // No secret anywhere, forwards or reversed (reversed escapes the redactor).
      const reversed = (s: string): string => [...s].reverse().join('')
      for (const s of [secret, 'db-password-7f3e9a', 'x'.repeat(36), pem.split('\n')[1]!]) {
        expect(log).not.toContain(s)
        expect(log).not.toContain(reversed(s))
      }
      expect(probed(log, 'uid')).toEqual(['65534'])
      expect(probed(log, 'keyfile')).toEqual(['DENIED', 'PermissionError'])
      expect(probed(log, 'datadir')).toEqual(['DENIED', 'PermissionError'])
      expect(probed(log, 'store')).toEqual(['DENIED', 'PermissionError'])
      // In its own PID namespace the App's process is not even there; without one, root's environ is closed.
      expect(probed(log, 'appenv')[0]).toBe('DENIED')
      expect(probed(log, 'parentenv')[0]).toBe('DENIED')
      // Each command gets a HOME of its own; Odoo's TMPDIR is the run's own folder.
      const homes = probeLines(log, 'home').map(([h]) => h)
      expect(homes.length).toBeGreaterThan(1)
      for (const h of homes) expect(h).toMatch(/\/oda-sandbox-[^/]+\/home$/)
      expect(new Set(homes).size).toBe(homes.length)
      for (const [t] of probeLines(log, 'tmp')) expect(t).toMatch(/\/oda-(sandbox|odoo)-[^/]+\/tmp$/)
    },
  )

  it('refuses to start when the key file is readable by the sandbox user, or ODA_SANDBOX_ENV names a secret', async () => {
    const sim = await startSimulator({ repos: [] })
    cleanups.push(() => void sim.close())
    const dir = mkdtempSync(join(tmpdir(), 'oda-key-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const keyFile = join(dir, 'app.pem')
    writeFileSync(keyFile, sim.app.privateKey, { mode: 0o644 })
    chmodSync(keyFile, 0o644)
    const env = {
      APP_ID: String(sim.app.id),
      WEBHOOK_SECRET: sim.app.webhookSecret,
      GITHUB_API_URL: sim.url,
      ODA_DATA_DIR: join(dir, 'data'),
    }
    if (isRoot)
      await expect(
        startApp({ env: { ...env, PRIVATE_KEY_PATH: keyFile }, port: 0, host: '127.0.0.1' }),
      ).rejects.toThrow(/PRIVATE_KEY_PATH .*app\.pem can be read by nobody.*chmod 600/)
    await expect(
      startApp({
        env: { ...env, PRIVATE_KEY: sim.app.privateKey, ODA_SANDBOX_ENV: 'PGHOST, WEBHOOK_SECRET' },
        port: 0,
        host: '127.0.0.1',
      }),
    ).rejects.toThrow(/ODA_SANDBOX_ENV names WEBHOOK_SECRET/)
    // `oda start` says so and exits 2, before it listens or opens anything.
    const r = runDist(['start'], {
      cwd: dir,
      env: childEnv({ ...env, PRIVATE_KEY: sim.app.privateKey, ODA_SANDBOX_ENV: 'DATABASE_URL' }),
    })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^oda: ODA_SANDBOX_ENV names DATABASE_URL/)
  })
})
