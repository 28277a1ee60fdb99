import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDeployFixture, type DeployFixture } from './deploy-fixture.ts'

// The deploy tests' `stop` step waits for the service to be gone. A detached service that exits
// stays a zombie until whatever adopted it reaps it, and some container inits never do: waiting
// on `kill -0` alone then lasted as long as the step's timeout (the deploy-evidence rollback test
// hit its 30 s limit that way). Here the service is a zombie whose parent never reaps it.

let fx: DeployFixture
beforeAll(async () => {
  fx = await createDeployFixture()
})
afterAll(async () => fx.cleanup())

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('the deploy fixture stop step', () => {
  it('counts an exited service that nobody reaped as stopped', async () => {
    const pidFile = join(fx.app, 'pid')
    // `sleep 0` exits at once; its parent becomes `sleep 60`, which never waits for children
    const holder = spawn('sh', ['-c', `sleep 0 & echo $! > '${pidFile}'; exec sleep 60`], { stdio: 'ignore' })
    await new Promise<void>((resolve) => {
      const check = (): void => {
        const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0
        const state =
          pid > 0 && existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] : ''
        if (state === 'Z') resolve()
        else setTimeout(check, 20)
      }
      check()
    })
    const stop = fx.config({ target: 'local' }).environments['staging']!.steps[0]!
    expect(stop.name).toBe('stop')
    execFileSync('sh', ['-c', stop.run], { timeout: 20_000 })
    // it returned while the zombie's parent still lives, so it did not wait for a reaping
    expect(alive(holder.pid!)).toBe(true)
    expect(existsSync(pidFile)).toBe(false)
    holder.kill('SIGKILL')
  })
})
