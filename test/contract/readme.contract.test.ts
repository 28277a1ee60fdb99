import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderOpsTable, updateReadmeOps } from '../../src/cli/render-ops-table.ts'
import { allOps } from '../../src/ops/registry.ts'

const root = join(import.meta.dirname, '..', '..')

describe('README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  it('lists every op as the registry has it (run npm run gen)', () => {
    expect(readme).toBe(updateReadmeOps(readme, renderOpsTable(allOps(), root)))
  })
  it('shows the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm start')
    expect(readme).toContain('npm ci && npm test')
  })
})
