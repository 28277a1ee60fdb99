import { join } from 'node:path'
import type { JobQueue } from './job-queue.ts'
import { PgJobQueue } from './pg-job-queue.ts'
import { SqliteJobQueue } from './sqlite-job-queue.ts'

/** The queue the environment asks for: PostgreSQL when `databaseUrl` is set, else `<dataDir>/queue.sqlite`. */
export function openJobQueue(o: { dataDir: string; databaseUrl?: string; schema?: string }): JobQueue {
  return o.databaseUrl
    ? new PgJobQueue({ connectionString: o.databaseUrl, ...(o.schema ? { schema: o.schema } : {}) })
    : new SqliteJobQueue(join(o.dataDir, 'queue.sqlite'))
}
