import type { Finding, FindingLevel } from '../op/report.ts'
import type { Candidate } from './scan-text.ts'
import type { SecretSeverity } from './rule.ts'
import { secretFingerprint, secretHash, secretPreview } from './secret-digest.ts'

/** Where a finding was introduced, in history mode. */
export interface Provenance {
  commit: string
  author: string
  date: string
}

/** How sure the scanner is: `high` checksum/structure verified, `low` checksum failed (not a live token). */
export type Confidence = 'high' | 'medium' | 'low'

/** Properties every secret finding carries (never the value). */
export interface SecretFindingProps {
  severity: SecretSeverity
  confidence: Confidence
  secretPreview: string
  secretHash: string
  secretLength: number
  commit?: string
  author?: string
  date?: string
}

const levelOf: Record<SecretSeverity, FindingLevel> = { high: 'failure', medium: 'warning', low: 'notice' }

/** Turns a scanner candidate into a report finding that holds no secret. */
export function toSecretFinding(c: Candidate, path: string, provenance?: Provenance): Finding {
  const hash = secretHash(c.secret)
  const confidence: Confidence = c.validation === 'valid' ? 'high' : c.validation === 'invalid' ? 'low' : 'medium'
  const preview = secretPreview(c.secret)
  const props: SecretFindingProps = {
    severity: c.rule.severity,
    confidence,
    secretPreview: preview,
    secretHash: hash,
    secretLength: c.secret.length,
    ...provenance,
  }
  const note =
    confidence === 'low'
      ? ' Its checksum or structure does not verify, so it is probably not a live credential.'
      : confidence === 'high'
        ? ' Its checksum or structure verifies.'
        : ''
  const where = provenance
    ? ` Introduced in ${provenance.commit.slice(0, 12)} by ${provenance.author} on ${provenance.date}.`
    : ''
  return {
    path,
    line: c.line,
    ...(c.endLine !== c.line ? { endLine: c.endLine } : {}),
    column: c.column,
    level: confidence === 'low' ? 'notice' : levelOf[c.rule.severity],
    ruleId: c.rule.id,
    title: c.rule.description,
    message: `${c.rule.description}: ${preview} sha256:${hash.slice(0, 12)}.${note}${where} ${c.rule.redact === false ? 'Change the script so secrets come from the environment and never reach the terminal or log' : 'Revoke it, then remove it'}; mark a false positive with oda:allow.`,
    fingerprint: secretFingerprint(c.rule.id, path, hash),
    properties: { ...props },
  }
}
