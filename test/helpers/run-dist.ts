import { spawn, spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The committed bundle: scenario tests run what users run. */
export const DIST_CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js')

export interface DistResult {
  code: number
  stdout: string
  stderr: string
}

// Node's on-disk compile cache: the suite starts the 5 MB bundle a few hundred times, and
// each start after the first skips compiling it again. It changes nothing the CLI does.
const compileCache = join(tmpdir(), 'oda-test-compile-cache')

/**
 * The environment a test gives a child it starts with an environment of its own: PATH and
 * HOME, the compile cache, and NODE_V8_COVERAGE when coverage is measured (so a run of
 * dist/cli.js counts).
 */
export function childEnv(env: Record<string, string> = {}): Record<string, string> {
  const coverage = process.env['NODE_V8_COVERAGE']
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '/tmp',
    NODE_COMPILE_CACHE: compileCache,
    ...(coverage ? { NODE_V8_COVERAGE: coverage } : {}),
    ...env,
  }
}

/** Runs `node dist/cli.js ...args` with exactly `env` (plus PATH/HOME) in `cwd`. */
export function runDist(args: readonly string[], o: { cwd: string; env?: Record<string, string> }): DistResult {
  const r = spawnSync(process.execPath, [DIST_CLI, ...args], {
    cwd: o.cwd,
    env: childEnv(o.env),
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/**
 * `runDist` without blocking the event loop: needed when the test process itself serves what
 * the CLI talks to (the GitHub simulator), which a synchronous spawn would starve.
 */
export function runDistAsync(
  args: readonly string[],
  o: { cwd: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<DistResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DIST_CLI, ...args], {
      cwd: o.cwd,
      env: childEnv(o.env),
      timeout: o.timeoutMs ?? 120_000,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}
