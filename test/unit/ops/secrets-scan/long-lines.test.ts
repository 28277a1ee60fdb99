import { describe, expect, it } from 'vitest'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { defaultConfig } from '../../../../src/config/schema.ts'
import { secretsScanOp } from '../../../../src/ops/secrets-scan/index.ts'
import { GitRepo } from '../../../fixtures/secrets/git-repo.ts'
import { expandTemplate } from '../../../fixtures/secrets/expand-template.ts'

describe('secrets.scan on a 5 MB single-line file (minified JavaScript)', () => {
  it('finds the token near the end of the line in diff and history mode, on line 1', async () => {
    const token = expandTemplate('{gh:ghp_}', 'long-line')
    const repo = new GitRepo()
    repo.commit('base', { 'README.md': 'x\n' })
    repo.git('checkout', '-q', '-b', 'vendor')
    const minified = 'var a=function(){return 1};'.repeat(200_000) + `var t="${token}";` + 'b();'.repeat(1000)
    repo.commit('vendor a bundle', { 'static/lib.min.js': minified + '\n' })
    const ctx = createOpContext({ cwd: repo.dir, config: defaultConfig() })
    for (const input of [{ diff: 'main..vendor' }, { history: true }]) {
      const report = await secretsScanOp.run(ctx, secretsScanOp.input.parse(input))
      expect(report.findings.map((f) => [f.path, f.line, f.ruleId])).toEqual([['static/lib.min.js', 1, 'github-pat']])
    }
  })
})
