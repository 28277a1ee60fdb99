import { createHash } from 'node:crypto'

/**
 * Content hash of a secret: the identity baselines and ignore files match on (never
 * reversible to the value). 28 hex characters (112 bits): a length no rule's value pattern
 * has, so the redaction layer never mistakes a fingerprint such as
 * `datadog-access-token:datadog.yaml:<hash>` for a Datadog key and masks it.
 */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex').slice(0, 28)
}

/** What a report may show of a secret: its first 4 characters and its length, e.g. `ghp_…(40)`. */
export function secretPreview(secret: string): string {
  return `${secret.slice(0, Math.min(4, Math.floor(secret.length / 3)))}…(${secret.length})`
}

/** Fingerprint by content, stable when the line moves: `rule:path:hash`. */
export function secretFingerprint(ruleId: string, path: string, hash: string): string {
  return `${ruleId}:${path}:${hash}`
}
