import type { IncomingMessage } from 'node:http'
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose'
import type { Store } from '../engine/store/store.ts'
import { permissionLevels, type Permission } from '../op/define-op.ts'
import { AccessError } from '../serve/access-error.ts'
import { verifyApiKey } from '../serve/api-keys.ts'
import type { Principal } from '../serve/principal.ts'

/** Service-to-service tokens: JWTs of one issuer, checked against its JWKS and the audience. */
export interface JwtTrust {
  issuer: string
  audience: string
  keys: JWTVerifyGetKey
}

/** JWT trust from `ODA_JWT_ISSUER`, `ODA_JWT_AUDIENCE` and `ODA_JWT_JWKS_URL` (all three, or none). */
export function jwtTrustFromEnv(env: Readonly<Record<string, string | undefined>>): JwtTrust | undefined {
  const issuer = env['ODA_JWT_ISSUER']
  const audience = env['ODA_JWT_AUDIENCE']
  const jwks = env['ODA_JWT_JWKS_URL']
  if (!issuer && !audience && !jwks) return undefined
  if (!issuer || !audience || !jwks)
    throw new Error('JWT authentication needs ODA_JWT_ISSUER, ODA_JWT_AUDIENCE and ODA_JWT_JWKS_URL together')
  return { issuer, audience, keys: createRemoteJWKSet(new URL(jwks)) }
}

/**
 * The principal of a request's `Authorization: Bearer ...`: an `oda_` API key, or a JWT of the
 * trusted issuer (claims `sub`, `scope` as space-separated scopes, `oda_role`, `oda_repo`).
 * Anything else is AccessError 401 before any work is done.
 */
export async function authenticate(
  req: IncomingMessage,
  o: { store: Store; jwt?: JwtTrust; now?: Date },
): Promise<Principal> {
  const header = req.headers['authorization'] ?? ''
  const m = /^Bearer ([!-~]{1,4096})$/.exec(header)
  if (!m) throw new AccessError(401, 'send Authorization: Bearer <API key> (create one with oda keys create)')
  const token = m[1]!
  if (token.startsWith('oda_')) return verifyApiKey(o.store, token, o.now)
  if (!o.jwt) throw new AccessError(401, 'invalid API key')
  try {
    const { payload } = await jwtVerify(token, o.jwt.keys, { issuer: o.jwt.issuer, audience: o.jwt.audience })
    const role = String(payload['oda_role'] ?? 'read')
    return {
      kind: 'jwt',
      actor: `jwt:${String(payload.sub ?? 'unknown').slice(0, 100)}`,
      role: permissionLevels.includes(role as Permission) ? (role as Permission) : 'read',
      scopes: typeof payload['scope'] === 'string' ? payload['scope'].split(' ').filter(Boolean) : [],
      repo: typeof payload['oda_repo'] === 'string' ? payload['oda_repo'] : undefined,
      credential: o.jwt.issuer,
    }
  } catch (error) {
    throw new AccessError(401, `invalid token: ${error instanceof Error ? error.message : String(error)}`)
  }
}
