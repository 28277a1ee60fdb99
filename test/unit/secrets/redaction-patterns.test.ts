import { describe, expect, it } from 'vitest'
import { Redactor } from '../../../src/log/redactor.ts'
import { secretRedactionPatterns } from '../../../src/secrets/index.ts'
import { expandTemplate } from '../../fixtures/secrets/expand-template.ts'
import { allRules } from '../../../src/secrets/all-rules.ts'
import { secretHash } from '../../../src/secrets/secret-digest.ts'

describe('secretRedactionPatterns', () => {
  const redactor = new Redactor({ patterns: secretRedactionPatterns() })
  it('masks what the rules find in any log line, keeping the context', () => {
    const gh = expandTemplate('{gh:ghp_}', 'r1')
    const slack = expandTemplate('xoxb-{d:12}-{d:12}-{a62:24}', 'r2')
    const out = redactor.redact(`push with ${gh} then notify ${slack}; db postgres://app:${'S3cure-Pa55word'}@db/x`)
    expect(out).not.toContain(gh)
    expect(out).not.toContain(slack)
    expect(out).not.toContain('S3cure-Pa55word')
    expect(out).toContain('push with ***')
    expect(out).toContain('postgres://app:***@db/x')
  })
  it('never masks a fingerprint or hash, even when the path names the provider', () => {
    for (const rule of allRules()) {
      for (const kw of rule.keywords) {
        const fingerprint = `${rule.id}:config/${kw}.env:${secretHash(`${rule.id}-${kw}`)}`
        expect(redactor.redact(fingerprint), rule.id).toBe(fingerprint)
      }
    }
  })

  it('leaves ordinary code alone and omits context-only policy rules', () => {
    const ids = secretRedactionPatterns().map((p) => p.id)
    expect(ids).not.toContain('secret:script-token-prompt')
    expect(ids).not.toContain('secret:generic-api-key')
    const code = 'const tokenCount = tokens.length; read -p "Token: " T'
    expect(redactor.redact(code)).toBe(code)
  })
})
