import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildRemoteScript, CWD_MISSING_EXIT } from '../../../../src/deploy/targets/build-remote-script.ts'

/** Runs the script as `ssh host sh -s` would, with stdin held open as oda holds it (or closed after `closeAfterMs`). */
const runSh = (script: string, closeAfterMs?: number): Promise<{ out: string; code: number | null }> =>
  new Promise((resolve, reject) => {
    const child = spawn('sh', ['-s'], { stdio: ['pipe', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ out, code }))
    child.stdin.on('error', () => undefined)
    child.stdin.write(script)
    if (closeAfterMs !== undefined) setTimeout(() => child.stdin.end(), closeAfterMs)
    else child.on('exit', () => child.stdin.destroy())
  })

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('buildRemoteScript', () => {
  it('passes hostile values as data and runs the step in the working directory', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'oda-cwd-'))
    const script = buildRemoteScript({
      script: 'printf "%s|%s" "$ODA_REF" "$(pwd)"',
      env: { ODA_REF: "main'; touch /tmp/oda-x; echo '" },
      cwd,
      timeoutS: 5,
    })
    expect(await runSh(script)).toEqual({ out: `main'; touch /tmp/oda-x; echo '|${cwd}`, code: 0 })
  })
  it('stops with a known code when the working directory is missing', async () => {
    expect(
      (await runSh(buildRemoteScript({ script: 'echo ran', env: {}, cwd: '/no/such/dir', timeoutS: 5 }))).code,
    ).toBe(CWD_MISSING_EXIT)
  })
  it('ends a step at its timeout with exit 124', async () => {
    expect((await runSh(buildRemoteScript({ script: 'sleep 5', env: {}, cwd: '', timeoutS: 1 }))).code).toBe(124)
  })
  it('passes the step exit code on and ends as soon as the step does', async () => {
    const started = Date.now()
    expect((await runSh(buildRemoteScript({ script: 'exit 3', env: {}, cwd: '', timeoutS: 60 }))).code).toBe(3)
    expect(Date.now() - started).toBeLessThan(4000)
  })
  it('stops the step and everything it started when the session input ends (the client is gone)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-bound-'))
    const script = buildRemoteScript({
      script: `sleep 30 & echo $! > ${dir}/child; sleep 30; touch ${dir}/finished`,
      env: {},
      cwd: '',
      timeoutS: 60,
    })
    const started = Date.now()
    const r = await runSh(script, 500)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(r.code).not.toBe(0)
    expect(existsSync(join(dir, 'finished'))).toBe(false)
    // A process the step left in the background went with it (the whole process group).
    const child = Number(readFileSync(join(dir, 'child'), 'utf8'))
    for (let i = 0; i < 50 && alive(child); i++) await new Promise((r) => setTimeout(r, 100))
    expect(alive(child)).toBe(false)
  })
  it('refuses variable names that are not names', () => {
    expect(() => buildRemoteScript({ script: 'true', env: { 'A;B': 'x' }, cwd: '', timeoutS: 1 })).toThrow(
      'invalid environment variable name',
    )
  })
})
