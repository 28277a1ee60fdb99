import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { ApiKeyRecord } from '../engine/store/api-key-record.ts'
import type { Store } from '../engine/store/store.ts'
import type { Permission } from '../op/define-op.ts'
import { AccessError } from './access-error.ts'
import type { Principal } from './principal.ts'

/** `oda_<16 hex id>_<43 base64url chars: 256 bits>`: the id finds the record, the secret proves the key. */
const KEY_FORMAT = /^oda_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/

/** Scope syntax: `*`, an op or op family name, or `op:environment`. */
export const SCOPE_FORMAT = /^(\*|[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*(:[a-z0-9][a-z0-9_-]*)?)$/

/** A key as printed once at creation, and what the store keeps of it. */
export interface CreatedApiKey {
  key: string
  record: ApiKeyRecord
}

/**
 * Creates a key: 256 random bits, stored only as SHA-256 over a per-key salt and the secret.
 * The key is returned once and never stored or logged.
 */
export async function createApiKey(o: {
  store: Store
  name: string
  scopes: readonly string[]
  role: Permission
  repo?: string
  expiresAt?: Date
  createdBy: string
  now?: Date
}): Promise<CreatedApiKey> {
  const bad = o.scopes.find((s) => !SCOPE_FORMAT.test(s))
  if (bad !== undefined || o.scopes.length === 0)
    throw new ApiKeyInputError(
      `scope ${JSON.stringify(bad ?? '')} is not valid: use *, an op (manifest.verify), a family (manifest) or op:environment (deploy:prod)`,
    )
  if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/.test(o.name))
    throw new ApiKeyInputError('the key name must be 1-64 letters, digits, spaces, ., _ or -')
  const id = randomBytes(8).toString('hex')
  const secret = randomBytes(32).toString('base64url')
  const salt = randomBytes(16).toString('hex')
  const record: ApiKeyRecord = {
    id,
    name: o.name,
    salt,
    hash: hashSecret(salt, secret),
    scopes: [...o.scopes],
    role: o.role,
    createdBy: o.createdBy,
    createdAt: (o.now ?? new Date()).toISOString(),
  }
  if (o.repo !== undefined) record.repo = o.repo
  if (o.expiresAt !== undefined) record.expiresAt = o.expiresAt.toISOString()
  await o.store.createApiKey(record)
  return { key: `oda_${id}_${secret}`, record }
}

/**
 * The principal of a presented key, or AccessError 401: malformed, unknown, wrong secret,
 * revoked or expired (the message says which, except between unknown and wrong, which must
 * look alike). Records the last-used time.
 */
export async function verifyApiKey(store: Store, presented: string, now = new Date()): Promise<Principal> {
  const m = KEY_FORMAT.exec(presented)
  const record = m ? await store.getApiKey(m[1]!) : undefined
  if (!m || !record || !safeEqual(record.hash, hashSecret(record.salt, m[2]!)))
    throw new AccessError(401, 'invalid API key')
  if (record.revokedAt !== undefined) throw new AccessError(401, `API key ${record.name} was revoked`)
  if (record.expiresAt !== undefined && Date.parse(record.expiresAt) <= now.getTime())
    throw new AccessError(401, `API key ${record.name} expired at ${record.expiresAt}`)
  await store.touchApiKey(record.id, now.toISOString())
  return {
    kind: 'key',
    actor: `key:${record.name}`,
    role: record.role,
    scopes: record.scopes,
    repo: record.repo,
    credential: record.id,
  }
}

/** A key cannot be created as asked (bad scope, name, expiry): exit 2 / HTTP 400. */
export class ApiKeyInputError extends Error {
  override name = 'ApiKeyInputError'
  readonly usage = true
}

function hashSecret(salt: string, secret: string): string {
  return createHash('sha256').update(salt, 'hex').update(secret, 'utf8').digest('hex')
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex')
  const y = Buffer.from(b, 'hex')
  return x.length === y.length && timingSafeEqual(x, y)
}
