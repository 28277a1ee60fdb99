import { createPublicKey, generateKeyPairSync, randomBytes, verify, type KeyObject } from 'node:crypto'

let cachedKeyPair: { privateKey: string; publicKey: KeyObject } | undefined

/** An RSA key pair for the simulated app; generated once per process, it is slow. */
export function simKeyPair(privateKey?: string): { privateKey: string; publicKey: KeyObject } {
  if (privateKey) return { privateKey, publicKey: createPublicKey(privateKey) }
  if (!cachedKeyPair) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
    cachedKeyPair = {
      privateKey: pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
      publicKey: pair.publicKey,
    }
  }
  return cachedKeyPair
}

/**
 * Verifies an app JWT the way GitHub does: RS256 signed by the app's key, `iss` the app
 * id, not expired, issued at most 60 s in the future, lifetime at most 10 minutes.
 * Returns a reason on failure.
 */
export function verifyAppJwt(token: string, appId: number, publicKey: KeyObject, now: Date): string | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return 'not a JWT'
  const [h = '', p = '', s = ''] = parts
  const ok = verify('RSA-SHA256', Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, 'base64url'))
  if (!ok) return "'Issuer' claim ('iss') or signature does not match this app's key"
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'))
  } catch {
    return 'payload is not JSON'
  }
  if (typeof claims !== 'object' || claims === null) return 'payload is not an object'
  const iss = 'iss' in claims ? String(claims.iss) : ''
  const exp = 'exp' in claims ? Number(claims.exp) : NaN
  const iat = 'iat' in claims ? Number(claims.iat) : NaN
  const nowS = now.getTime() / 1000
  if (iss !== String(appId)) return `'Issuer' claim ('iss') must be ${appId}`
  if (!(exp > nowS)) return "'Expiration time' claim ('exp') is too far in the past"
  if (!(iat <= nowS + 60)) return "'Issued at' claim ('iat') must be an Integer representing a time in the past"
  if (exp - iat > 600 + 60) return "'Expiration time' claim ('exp') is too far in the future"
  return undefined
}

/** A fresh installation token, spelled like GitHub's (`ghs_` + 36 characters). */
export function newInstallationToken(): string {
  return `ghs_${randomBytes(27).toString('base64url').slice(0, 36)}`
}
