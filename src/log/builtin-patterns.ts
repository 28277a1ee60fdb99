import type { RedactionPattern } from './redactor.ts'

/**
 * Patterns masked even when nobody configured them: credentials whose format identifies
 * itself. The secret scanner registers its full rule set on top of these.
 */
export const builtinRedactionPatterns: readonly RedactionPattern[] = [
  { id: 'github-token', regex: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { id: 'aws-access-key-id', regex: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g },
  {
    id: 'private-key',
    regex: /-----BEGIN[ A-Z0-9]*PRIVATE KEY( BLOCK)?-----[\s\S]*?-----END[ A-Z0-9]*PRIVATE KEY( BLOCK)?-----/g,
  },
  { id: 'url-password', regex: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:([^\s@/]+)@/gi, group: 1 },
  { id: 'bearer', regex: /\b(?:Bearer|token)\s+([A-Za-z0-9._~+/=-]{20,})/g, group: 1 },
]
