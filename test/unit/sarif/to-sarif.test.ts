import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AjvDraft04Module from 'ajv-draft-04'
import addFormatsModule from 'ajv-formats'
import { toSarif } from '../../../src/sarif/to-sarif.ts'
import type { Finding } from '../../../src/op/report.ts'
import { createOpContext } from '../../../src/engine/create-context.ts'
import { secretsScanOp } from '../../../src/ops/secrets-scan/index.ts'
import { GitRepo } from '../../fixtures/secrets/git-repo.ts'
import { expandTemplate } from '../../fixtures/secrets/expand-template.ts'

// The official OASIS schema (errata01), vendored as test data.
const schema: object = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/secrets/sarif-schema-2.1.0.json'), 'utf8'),
)
// Both packages are CommonJS: under NodeNext the class and function are their `default`.
const ajv = new AjvDraft04Module.default({ allErrors: true, strict: false })
addFormatsModule.default(ajv)
const validate = ajv.compile(schema)

function expectValid(log: unknown): void {
  const ok = validate(log)
  expect(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true)
}

const finding = (o: Partial<Finding>): Finding => ({
  path: 'src/a b.py',
  line: 3,
  level: 'failure',
  ruleId: 'r1',
  message: 'm',
  ...o,
})

describe('toSarif', () => {
  it('produces a log the official SARIF 2.1.0 schema accepts', () => {
    const log = toSarif([
      {
        category: 'cat',
        toolName: 'oda',
        toolVersion: '1.2.3',
        informationUri: 'https://example.org/oda',
        rules: [
          {
            id: 'r1',
            description: 'Rule one',
            securitySeverity: 8.9,
            tags: ['security'],
            helpUri: 'https://example.org/r1',
            help: 'Fix it',
          },
        ],
        findings: [
          finding({ column: 5, endLine: 4, fingerprint: 'r1:src/a b.py:abc', properties: { secretHash: 'abc' } }),
          finding({ level: 'notice', ruleId: 'r2', title: 'Rule two', line: 1, column: 2, endColumn: 9 }),
        ],
      },
    ])
    expectValid(log)
    const run = log.runs[0]!
    expect(run.results!.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['r1', 0, 'error'],
      ['r2', 1, 'note'],
    ])
    expect(run.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('src/a%20b.py')
    expect(run.results![0]!.partialFingerprints).toEqual({ 'odaFingerprint/v1': 'r1:src/a b.py:abc' })
    expect(run.tool.driver.rules![0]!.properties!['security-severity']).toBe('8.9')
  })

  it('makes one run per category and deduplicates rules within it', () => {
    const rules = [{ id: 'r1', description: 'Rule one' }]
    const log = toSarif([
      { category: 'a', toolName: 'oda', rules, findings: [finding({})] },
      { category: 'a', toolName: 'oda', rules, findings: [finding({ line: 9 })] },
      { category: 'b', toolName: 'oda', rules, findings: [] },
    ])
    expectValid(log)
    expect(log.runs.map((r) => r.automationDetails!.id)).toEqual(['a/', 'b/'])
    expect(log.runs[0]!.tool.driver.rules!.map((r) => r.id)).toEqual(['r1'])
    expect(log.runs[0]!.results).toHaveLength(2)
  })

  it('renders a real secrets.scan report as valid SARIF without the secret', async () => {
    const repo = new GitRepo()
    const token = expandTemplate('{gh:ghp_}', 'sarif')
    repo.write({
      'app/x.py': `T = "${token}"\nK = "${expandTemplate('AKIA{b32:16}', 'k')}"\n`,
      id_rsa: expandTemplate('{pem:OPENSSH}', 'pem'),
    })
    const report = await secretsScanOp.run(createOpContext({ cwd: repo.dir }), secretsScanOp.input.parse({}))
    const text = secretsScanOp.formats!.sarif!(report)
    expect(text).not.toContain(token)
    const log = JSON.parse(text)
    expectValid(log)
    expect(log.runs).toHaveLength(1)
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual([
      'aws-access-key-id',
      'github-pat',
      'private-key',
    ])
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id).sort()).toEqual([
      'aws-access-key-id',
      'github-pat',
      'private-key',
    ])
  })

  it('an invalid log is rejected by the schema check (the validator really validates)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false)
  })
})
