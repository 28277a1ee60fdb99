import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCommand } from '../../../src/exec/run-command.ts'
import { sandboxFromEnv, SandboxConfigError } from '../../../src/exec/sandbox.ts'

const host = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  LANG: 'C.UTF-8',
  WEBHOOK_SECRET: 'whsec-do-not-pass',
  DATABASE_URL: 'postgres://app:pw@db/app',
  PGHOST: 'db.internal',
  HOME: '/root',
}

describe('sandboxFromEnv', () => {
  it('keeps only the base variables and the ones ODA_SANDBOX_ENV names', () => {
    const s = sandboxFromEnv({ ...host, ODA_SANDBOX_ENV: ' PGHOST ,' }, { uid: 1000 })
    expect(s.env).toEqual({ PATH: host.PATH, LANG: 'C.UTF-8', PGHOST: 'db.internal' })
  })

  it('refuses to pass the App secrets or names that are not variable names', () => {
    expect(() => sandboxFromEnv({ ...host, ODA_SANDBOX_ENV: 'PGHOST,DATABASE_URL' }, { uid: 1000 })).toThrow(
      /ODA_SANDBOX_ENV names DATABASE_URL/,
    )
    expect(() => sandboxFromEnv({ ...host, ODA_SANDBOX_ENV: 'A=B' }, { uid: 1000 })).toThrow(SandboxConfigError)
  })

  it('without root there is no user switch, and it says so', () => {
    const s = sandboxFromEnv(host, { uid: 1000 })
    expect(s.user).toBeUndefined()
    expect(s.pidNamespace).toBe(false)
    expect(s.limits.join()).toMatch(/does not run as root/)
  })

  it('as root runs as ODA_SANDBOX_USER (default nobody), never as root or an unknown user', () => {
    const s = sandboxFromEnv(host, { uid: 0, probeNamespace: () => false })
    expect(s.user).toMatchObject({ name: 'nobody', uid: 65534 })
    expect(s.limits.join()).toMatch(/no PID namespace/)
    expect(() => sandboxFromEnv({ ...host, ODA_SANDBOX_USER: 'root' }, { uid: 0 })).toThrow(/which is root/)
    expect(() => sandboxFromEnv({ ...host, ODA_SANDBOX_USER: 'no-such-user-oda' }, { uid: 0 })).toThrow(
      /not a user of this machine/,
    )
  })
})

describe('runCommand in a sandbox', () => {
  const sandbox = sandboxFromEnv({ ...host, ODA_SANDBOX_ENV: 'PGHOST' }, { uid: 1000 })

  it('gives the command the sandbox environment, a private HOME and TMPDIR, and removes them after', async () => {
    const r = await runCommand({ file: 'env', args: [], sandbox, env: { ODOO_RC: '/dev/null' } })
    expect(r.exitCode).toBe(0)
    const env = Object.fromEntries(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(/=(.*)/s).slice(0, 2)),
    )
    // Node.js adds NODE_V8_COVERAGE to every child while coverage is measured: not the sandbox's doing.
    expect(
      Object.keys(env)
        .filter((k) => k !== 'NODE_V8_COVERAGE')
        .sort(),
    ).toEqual(['HOME', 'LANG', 'ODOO_RC', 'PATH', 'PGHOST', 'TEMP', 'TMP', 'TMPDIR', 'USER'].sort())
    expect(env['HOME']).toMatch(/oda-sandbox-[^/]+\/home$/)
    expect(existsSync(env['HOME']!)).toBe(false)
    expect(r.command).toBe('env')
  })

  it('reports a program it cannot find as not started, without running any wrapper', async () => {
    const r = await runCommand({ file: 'no-such-program-oda', args: ['x'], sandbox })
    expect(r.exitCode).toBeUndefined()
    expect(r.stderr).toMatch(/no-such-program-oda: program not found/)
  })
})
