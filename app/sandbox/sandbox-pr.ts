import type { SandboxCheckRun } from './sandbox-check-run.ts'
import { sandboxVerdict } from './sandbox-check-run.ts'
import { startSandbox, type SandboxOptions } from './start-sandbox.ts'

/** What `oda sandbox pr` found: stable JSON for tools (`--format json`). */
export interface SandboxPrResult {
  schemaVersion: 1
  repo: string
  pull: { number: number; head: string; base: string; headSha: string }
  checkRuns: SandboxCheckRun[]
  /** `success` when every check run concluded success or neutral. */
  verdict: 'success' | 'failure'
  exitCode: 0 | 1
}

/**
 * The one-command demonstration: starts the simulator and the App on free loopback ports,
 * serves the repository, opens a PR from `head` into `base`, waits until every check run is
 * completed and returns them with the App's verdict. The servers are stopped before returning.
 */
export async function sandboxPr(o: SandboxOptions & { head: string; base?: string }): Promise<SandboxPrResult> {
  const sandbox = await startSandbox(o)
  try {
    const base = o.base ?? sandbox.defaultBranch
    const pr = await sandbox.openPr({ head: o.head, base })
    const exitCode = pr.checkRuns.length === 0 ? 0 : sandboxVerdict(pr.checkRuns)
    return {
      schemaVersion: 1,
      repo: `${sandbox.owner}/${sandbox.repo}`,
      pull: { number: pr.number, head: o.head, base, headSha: pr.headSha },
      checkRuns: pr.checkRuns,
      verdict: exitCode === 0 ? 'success' : 'failure',
      exitCode,
    }
  } finally {
    await sandbox.close()
  }
}
