import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import type { DeploymentLog, DeploymentRecord } from '../ports.ts'

const storedSchema = z.array(
  z.object({
    id: z.number(),
    sha: z.string(),
    ref: z.string(),
    createdAt: z.string(),
    succeeded: z.boolean(),
    rolledBackFrom: z.number().optional(),
    runId: z.string().optional(),
    environment: z.string(),
    statuses: z.array(z.object({ state: z.string(), description: z.string(), at: z.string() })),
  }),
)
type StoredDeployment = z.output<typeof storedSchema>[number] & DeploymentRecord

/**
 * Deployment history for runs without GitHub: a JSON file, newest last. Same semantics as
 * the Deployments API adapter so `rollback` works the same locally.
 */
export function createFileDeploymentLog(files: { file: string; now: () => Date }): DeploymentLog {
  const load = async (): Promise<StoredDeployment[]> => {
    try {
      const text = await readFile(files.file, 'utf8').catch(() => '[]')
      return storedSchema.parse(JSON.parse(text))
    } catch (error) {
      throw new Error(`${files.file} is not a valid oda deployment history; fix or remove it`, { cause: error })
    }
  }
  const save = async (all: StoredDeployment[]): Promise<void> => {
    await mkdir(dirname(files.file), { recursive: true })
    await writeFile(files.file, JSON.stringify(all, null, 2))
  }
  return {
    async create(d) {
      const all = await load()
      const id = (all.at(-1)?.id ?? 0) + 1
      const rolledBackFrom = typeof d.payload.rolledBackFrom === 'number' ? d.payload.rolledBackFrom : undefined
      all.push({
        id,
        sha: d.sha,
        ref: d.ref,
        environment: d.environment,
        createdAt: files.now().toISOString(),
        succeeded: false,
        rolledBackFrom,
        ...(typeof d.payload.runId === 'string' ? { runId: d.payload.runId } : {}),
        statuses: [],
      })
      await save(all)
      return id
    },
    async setStatus(id, s) {
      const all = await load()
      const d = all.find((x) => x.id === id)
      if (!d) throw new Error(`deployment ${id} not found in ${files.file}`)
      d.statuses.push({ state: s.state, description: s.description, at: files.now().toISOString() })
      if (s.state === 'success') d.succeeded = true
      await save(all)
    },
    async history(environment, limit = 30) {
      const all = await load()
      return all
        .filter((d) => d.environment === environment)
        .reverse()
        .slice(0, limit)
        .map(({ id, sha, ref, createdAt, succeeded, rolledBackFrom, runId, statuses }) => ({
          id,
          sha,
          ref,
          createdAt,
          succeeded,
          rolledBackFrom,
          ...(runId !== undefined ? { runId } : {}),
          ended: statuses.some((s) => s.state === 'success' || s.state === 'failure' || s.state === 'error'),
        }))
    },
  }
}
