import { basename, resolve } from 'node:path'
import { detectDefaultBranch } from './detect-default-branch.ts'
import { seedRepo } from './seed-repo.ts'
import { startSimulator, type Simulator } from './start-simulator.ts'

export interface SandboxOptions {
  /** A local git repository to serve; default: examples/odoo-shop seeded with its PR scenarios. */
  gitDir?: string
  /** Owner and name it is served as (default `oda-sandbox` / the folder name, `odoo-shop` for the example). */
  owner?: string
  repo?: string
  /** Port of the simulator (default: a free one). */
  port?: number
  /** Where the app receives webhooks; can also be set later with `sim.webhooks.configure`. */
  webhookUrl?: string
}

export interface Sandbox {
  sim: Simulator
  owner: string
  repo: string
  gitDir: string
  defaultBranch: string
  /** Scenario branches of the seeded example (branch -> SHA); empty for a given repository. */
  scenarios: Record<string, string>
  /** Stops the simulator and removes the seeded repository (never a given one). */
  close(): Promise<void>
}

/**
 * The simulator as sandbox mode and `oda sandbox pr` use it: one repository served, either
 * any local git repository (its default branch read from HEAD) or the example shop.
 */
export async function startSandboxSimulator(o: SandboxOptions = {}): Promise<Sandbox> {
  const seeded = o.gitDir === undefined ? await seedRepo() : undefined
  const gitDir = o.gitDir === undefined ? (seeded?.gitDir ?? '') : resolve(o.gitDir)
  const defaultBranch = seeded ? 'main' : await detectDefaultBranch(gitDir)
  const owner = o.owner ?? 'oda-sandbox'
  const repo = o.repo ?? (seeded ? 'odoo-shop' : basename(gitDir).replace(/\.git$/, '') || 'repo')
  const sim = await startSimulator({
    ...(o.port !== undefined ? { port: o.port } : {}),
    ...(o.webhookUrl ? { webhookUrl: o.webhookUrl } : {}),
    repos: [{ owner, repo, gitDir, defaultBranch }],
  })
  const { main: _main, ...scenarios } = seeded?.branches ?? {}
  return {
    sim,
    owner,
    repo,
    gitDir,
    defaultBranch,
    scenarios,
    close: async () => {
      await sim.close()
      await seeded?.cleanup()
    },
  }
}
