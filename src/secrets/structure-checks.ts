import type { Validation } from './rule.ts'

function decodeSegment(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}

/**
 * A JWT is only a JWT when its header decodes to a JSON object naming an `alg` and its
 * payload to a JSON object. One whose `exp` has passed no longer authenticates anyone:
 * it is reported at low confidence, like a failed checksum.
 */
export function jwtStructure(token: string, now: number = Date.now()): Validation {
  const [header, payload] = token.split('.')
  if (header === undefined || payload === undefined) return 'invalid'
  const h = decodeSegment(header)
  const p = decodeSegment(payload)
  const isObject = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
  if (!isObject(h) || typeof h.alg !== 'string' || !isObject(p)) return 'invalid'
  return typeof p.exp === 'number' && p.exp * 1000 < now ? 'invalid' : 'valid'
}

/** AWS access key ids are a 4-letter kind prefix and 16 characters of base32 (A-Z, 2-7). */
export function awsKeyIdStructure(id: string): Validation {
  return /^(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16}$/.test(id) ? 'valid' : 'invalid'
}

/** OpenAI keys carry `T3BlbkFJ` (base64 of "OpenAI") in the middle of the random part. */
export function openAiMarker(key: string): Validation {
  return key.includes('T3BlbkFJ') ? 'valid' : 'unchecked'
}

/** Anthropic API keys (`sk-ant-api03-`, `sk-ant-admin01-`) end in `AA`. */
export function anthropicMarker(key: string): Validation {
  return key.endsWith('AA') ? 'valid' : 'invalid'
}
