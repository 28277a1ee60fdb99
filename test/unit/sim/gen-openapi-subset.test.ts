import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  buildRestSubset,
  buildWebhookTemplates,
  restSubsetFile,
  webhookTemplatesFile,
} from '../../../scripts/gen-openapi-subset.ts'
import { routes } from '../../../src/sim/routes/all-routes.ts'
import { servedOperations } from '../../../src/sim/served-operations.ts'

describe('generated OpenAPI subset and webhook templates', () => {
  it('are current: regenerating gives the committed files (run node scripts/gen-openapi-subset.ts)', () => {
    expect(buildRestSubset() === readFileSync(restSubsetFile, 'utf8')).toBe(true)
    expect(buildWebhookTemplates() === readFileSync(webhookTemplatesFile, 'utf8')).toBe(true)
  })

  it('cover exactly the routes the simulator serves, each once', () => {
    const keys = routes({ issueToken: () => ({ token: '', expiresAt: new Date() }), onDispatch: () => [] }).map(
      (r) => r.key,
    )
    expect(new Set(keys).size).toBe(keys.length)
    expect([...keys].sort()).toEqual([...servedOperations].sort())
    const subset: { paths: Record<string, Record<string, unknown>> } = JSON.parse(readFileSync(restSubsetFile, 'utf8'))
    const inSubset = Object.entries(subset.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    )
    expect(inSubset.sort()).toEqual([...servedOperations].sort())
  })
})
