import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Redactor } from '../../../src/log/redactor.ts'
import { secretRedactionPatterns } from '../../../src/secrets/index.ts'
import { createOpContext } from '../../../src/engine/create-context.ts'
import { defaultConfig } from '../../../src/config/schema.ts'
import { secretsScanOp } from '../../../src/ops/secrets-scan/index.ts'
import { expandTemplate } from '../../fixtures/secrets/expand-template.ts'

describe('values found by decoding are judged, never shown', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oda-sec-decoded-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const password = expandTemplate('{a62:18}', 'decoded-password')
  const auth = Buffer.from(`deploy:${password}`).toString('base64')
  const k8s = Buffer.from(password).toString('base64')

  it('reports a Docker auth and a Secret data value with neither the encoded nor the decoded value in the report', async () => {
    mkdirSync(join(dir, '.docker'))
    writeFileSync(join(dir, '.docker', 'config.json'), `{"auths": {"registry.acme.test": {"auth": "${auth}"}}}\n`)
    writeFileSync(join(dir, 'secret.yaml'), `apiVersion: v1\nkind: Secret\ndata:\n  password: ${k8s}\n`)
    const ctx = createOpContext({ cwd: dir, config: defaultConfig() })
    const report = await secretsScanOp.run(ctx, secretsScanOp.input.parse({ dir: '.' }))
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['docker-config-auth', 'kubernetes-secret-yaml'])
    const text = JSON.stringify(report)
    for (const hidden of [password, auth, k8s]) expect(text).not.toContain(hidden)
    // The preview is the first characters of the value as written, never of what it decodes to.
    const docker = report.findings.find((f) => f.ruleId === 'docker-config-auth')!
    expect(docker.properties?.secretPreview).toBe(`${auth.slice(0, 4)}…(${auth.length})`)
  })

  it('a Docker auth is masked in logs', () => {
    const redactor = new Redactor({ patterns: secretRedactionPatterns() })
    const out = redactor.redact(`wrote {"auths": {"r.io": {"auth": "${auth}"}}}`)
    expect(out).not.toContain(auth)
  })
})
