import type { Permission } from '../../op/define-op.ts'

/**
 * An API key as the store keeps it: never the key itself, only a salted SHA-256 of its secret
 * part. `scopes` name ops (`manifest.verify`), op families (`manifest`), `*`, or an op for one
 * environment (`deploy:prod`); `role` is the permission the key's calls run with.
 */
export interface ApiKeyRecord {
  /** Public part of the key (`oda_<id>_...`), used to look it up. */
  id: string
  name: string
  /** Hex salt and hex SHA-256(salt || secret). */
  salt: string
  hash: string
  scopes: string[]
  /** Served repository the key is limited to, when set. */
  repo?: string
  role: Permission
  createdBy: string
  createdAt: string
  expiresAt?: string
  revokedAt?: string
  lastUsedAt?: string
}
