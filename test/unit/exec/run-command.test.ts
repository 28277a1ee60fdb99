import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCommand } from '../../../src/exec/run-command.ts'
import { Redactor } from '../../../src/log/redactor.ts'

describe('runCommand', () => {
  it('passes arguments verbatim, never through a shell', async () => {
    const r = await runCommand({ file: 'printf', args: ['%s|', 'a b', '$(id)', '; rm -rf /'] })
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toBe('a b|$(id)|; rm -rf /|')
  })

  it('reports the exit code and captures both streams, redacted', async () => {
    const lines: string[] = []
    const r = await runCommand({
      file: 'sh',
      args: ['-c', 'echo "out $SECRET"; echo "err $SECRET" >&2; exit 7'],
      env: { SECRET: 'pw-12345678' },
      redactor: new Redactor({ values: ['pw-12345678'] }),
      onLine: (l) => lines.push(l),
    })
    expect(r.exitCode).toBe(7)
    expect(r.stdout).toBe('out ***\n')
    expect(r.stderr).toBe('err ***\n')
    expect(lines.sort()).toEqual(['err ***', 'out ***'])
  })

  it('kills the whole process group on timeout, grandchildren included', async () => {
    const r = await runCommand({ file: 'sh', args: ['-c', 'sleep 30 & echo $!; wait'], timeoutMs: 300 })
    expect(r.timedOut).toBe(true)
    const grandchild = Number(r.stdout.trim())
    expect(grandchild).toBeGreaterThan(0)
    await new Promise((res) => setTimeout(res, 200))
    expect(alive(grandchild)).toBe(false)
  })

  it('stops when the signal aborts', async () => {
    const c = new AbortController()
    setTimeout(() => c.abort(), 100)
    const r = await runCommand({ file: 'sleep', args: ['30'], signal: c.signal })
    expect(r.cancelled).toBe(true)
    expect(r.exitCode).not.toBe(0)
  })

  it('treats a timeout longer than a timer can hold as "very long", not as "now"', async () => {
    const r = await runCommand({ file: 'sh', args: ['-c', 'sleep 0.2; echo done'], timeoutMs: 99999 * 3600 * 1000 })
    expect(r.timedOut).toBe(false)
    expect(r.stdout).toBe('done\n')
  })

  it('keeps only the tail of huge output', async () => {
    const r = await runCommand({
      file: 'sh',
      args: ['-c', 'i=0; while [ $i -lt 5000 ]; do echo "line $i"; i=$((i+1)); done'],
      maxBuffer: 100,
    })
    expect(r.stdout.length).toBeLessThanOrEqual(100)
    expect(r.stdout.endsWith('line 4999\n')).toBe(true)
  })

  it('reports a missing program as a failed command, not a crash', async () => {
    const r = await runCommand({ file: 'definitely-not-a-program-oda', args: [] })
    expect(r.exitCode).not.toBe(0)
  })
})

/** A killed process may linger as a zombie until something reaps it; that counts as dead. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

describe('runCommand with holdStdin', () => {
  it('keeps stdin open after the input while the child runs, and closes it when the child exits', async () => {
    // `read` would return at once on end-of-file; it has to wait for the timeout instead.
    const held = await runCommand({
      file: 'sh',
      args: ['-s'],
      input: 'echo ready; read line; echo "read [$line]"\n',
      holdStdin: true,
      timeoutMs: 1500,
    })
    expect(held.stdout).toBe('ready\n')
    expect(held.timedOut).toBe(true)
    const plain = await runCommand({ file: 'sh', args: ['-s'], input: 'read line; echo "eof [$line]"\n' })
    expect(plain.stdout).toBe('eof []\n')
    // A script that ends by itself is not held up by the open stdin.
    const quick = await runCommand({ file: 'sh', args: ['-s'], input: 'echo quick; exit 0\n', holdStdin: true })
    expect(quick).toMatchObject({ stdout: 'quick\n', exitCode: 0, timedOut: false })
  })
})
