import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildRemoteScript, CWD_MISSING_EXIT } from '../../../../src/targets/build-remote-script.ts'

const runSh = (script: string): { out: string; code: number } => {
  try {
    return { out: execFileSync('sh', ['-s'], { input: script, encoding: 'utf8' }), code: 0 }
  } catch (error) {
    const e = error as { status: number; stdout: string }
    return { out: e.stdout, code: e.status }
  }
}

describe('buildRemoteScript', () => {
  it('passes hostile values as data and runs the step in the working directory', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'oda-cwd-'))
    const script = buildRemoteScript({
      script: 'printf "%s|%s" "$ODA_REF" "$(pwd)"',
      env: { ODA_REF: "main'; touch /tmp/oda-x; echo '" },
      cwd,
      timeoutS: 5,
    })
    expect(runSh(script)).toEqual({ out: `main'; touch /tmp/oda-x; echo '|${cwd}`, code: 0 })
  })
  it('stops with a known code when the working directory is missing', () => {
    expect(runSh(buildRemoteScript({ script: 'echo ran', env: {}, cwd: '/no/such/dir', timeoutS: 5 })).code).toBe(
      CWD_MISSING_EXIT,
    )
  })
  it('ends a step at its timeout with exit 124', () => {
    expect(runSh(buildRemoteScript({ script: 'sleep 5', env: {}, cwd: '', timeoutS: 1 })).code).toBe(124)
  })
  it('refuses variable names that are not names', () => {
    expect(() => buildRemoteScript({ script: 'true', env: { 'A;B': 'x' }, cwd: '', timeoutS: 1 })).toThrow(
      'invalid environment variable name',
    )
  })
})
