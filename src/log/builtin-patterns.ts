import type { RedactionPattern } from './redactor.ts'

/**
 * Patterns masked even when nobody configured them: credentials whose format identifies
 * itself. The secret scanner registers its full rule set on top of these.
 */
export const builtinRedactionPatterns: readonly RedactionPattern[] = [
  {
    id: 'github-token',
    regex: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g,
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  },
  {
    id: 'aws-access-key-id',
    regex: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g,
    keywords: ['akia', 'asia', 'abia', 'acca'],
  },
  {
    // Bounded, and the body cannot contain another BEGIN: repeated headers without an END
    // cost linear time instead of a scan to the end of the text from each of them.
    id: 'private-key',
    regex:
      /-----BEGIN[ A-Z0-9]{0,100}PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!----BEGIN)){0,16384}?-----END[ A-Z0-9]{0,100}PRIVATE KEY(?: BLOCK)?-----/g,
    keywords: ['private key'],
  },
  {
    id: 'url-password',
    regex: /\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s:/@]{1,200}:([^\s@/]{1,200})@/gi,
    group: 1,
    keywords: ['://'],
  },
  {
    id: 'bearer',
    regex: /\b(?:Bearer|token)\s{1,10}([A-Za-z0-9._~+/=-]{20,4096})/g,
    group: 1,
    keywords: ['bearer', 'token'],
  },
]
