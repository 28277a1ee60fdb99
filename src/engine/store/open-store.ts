import { join } from 'node:path'
import type { Store } from './store.ts'
import { openSqliteStore } from './sqlite-store.ts'
import { StoreOpenError } from './store-open-error.ts'

export { defaultDataDir } from './default-data-dir.ts'

export interface OpenStoreOptions {
  /** Folder of the embedded database (`<dataDir>/oda.sqlite`); see defaultDataDir. */
  dataDir?: string
  /** PostgreSQL URL (`DATABASE_URL`); when set, PostgreSQL is used instead of sqlite. */
  databaseUrl?: string
  /** PostgreSQL schema for oda's tables (default: the server's search_path). */
  schema?: string
  /** Apply pending migrations before returning (default true; cheap when there are none). */
  migrate?: boolean
  /** Clock, injectable for tests. */
  now?: () => Date
}

/** File name of the embedded database inside the data dir. */
export const SQLITE_FILE = 'oda.sqlite'

/**
 * Opens the store the environment asks for: PostgreSQL when a URL is given, else the
 * node:sqlite file in `dataDir`, migrated and ready. Errors name where it looked.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { databaseUrl, dataDir } = options
  if (!databaseUrl && !dataDir)
    throw new StoreOpenError('(nowhere)', { cause: new Error('neither databaseUrl nor dataDir was given') })
  const location = databaseUrl ? maskUrl(databaseUrl) : join(dataDir ?? '', SQLITE_FILE)
  let store: Store | undefined
  try {
    // The PostgreSQL driver loads only when a URL asks for it (a CLI run on the embedded store skips it).
    store = databaseUrl
      ? (await import('./pg-store.ts')).openPgStore({
          connectionString: databaseUrl,
          schema: options.schema,
          now: options.now,
        })
      : openSqliteStore({ file: location, now: options.now })
    if (options.migrate !== false) await store.migrate()
    return store
  } catch (cause) {
    await store?.close().catch(() => undefined)
    throw new StoreOpenError(location, { cause })
  }
}

function maskUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'DATABASE_URL (unparseable URL)'
  }
}
