import { join } from 'node:path'
import type { JobQueue } from './job-queue.ts'
import { PgJobQueue } from './pg-job-queue.ts'
import { SqliteJobQueue } from './sqlite-job-queue.ts'

/** The queue the environment asks for: PostgreSQL when `databaseUrl` is set, else `<dataDir>/queue.sqlite`. */
export function openJobQueue(where: { dataDir: string; databaseUrl?: string; schema?: string }): JobQueue {
  return where.databaseUrl
    ? new PgJobQueue({ connectionString: where.databaseUrl, ...(where.schema ? { schema: where.schema } : {}) })
    : new SqliteJobQueue(join(where.dataDir, 'queue.sqlite'))
}
