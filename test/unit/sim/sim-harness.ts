import { ProbotOctokit } from 'probot'
import { seedRepo, type SeededRepo } from '../../../src/sim/seed-repo.ts'
import { startSimulator, type Simulator, type SimulatorOptions } from '../../../src/sim/start-simulator.ts'

export interface Harness {
  sim: Simulator
  seed: SeededRepo
  /** Installation-authenticated client, pacing off (tests of pacing build their own). */
  gh: InstanceType<typeof ProbotOctokit>
  owner: string
  repo: string
  close(): Promise<void>
}

/** Unpaced, retry-free Octokit on the simulator, authenticated with an installation token. */
export function octokitFor(sim: Simulator, token = sim.issueToken()): InstanceType<typeof ProbotOctokit> {
  return new ProbotOctokit({
    baseUrl: sim.url,
    auth: { token },
    throttle: { enabled: false },
    retry: { enabled: false },
  })
}

/** The example shop seeded as `acme/shop` on a fresh simulator. */
export async function startHarness(options: SimulatorOptions = {}): Promise<Harness> {
  const seed = await seedRepo()
  const sim = await startSimulator({ ...options, repos: [{ owner: 'acme', repo: 'shop', gitDir: seed.gitDir }] })
  return {
    sim,
    seed,
    gh: octokitFor(sim),
    owner: 'acme',
    repo: 'shop',
    close: async () => {
      await sim.close()
      await seed.cleanup()
    },
  }
}
