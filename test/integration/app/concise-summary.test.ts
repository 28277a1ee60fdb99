import { afterEach, describe, expect, it } from 'vitest'
import { secretsScanOp } from '../../../src/ops/secrets-scan/index.ts'
import { makeBase62Token } from '../../../src/secrets/checksums.ts'
import { checkRunsFor, expectValidRequests, makeGitRepo, startBed, todoOp, type Bed } from './harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

const tokenA = makeBase62Token('ghp_', 'Z8xC6vB1nM5qW0eA3kP9sD2fG7hJ4l')
const tokenB = makeBase62Token('ghp_', 'K9pL4vR8tN3wY6bC1dF5gH0jQ7mZ2x')

/** Markdown tables in a text: each has one separator row. */
const tables = (md: string | null | undefined): number =>
  (md ?? '').split('\n').filter((l) => /^\|[ :|-]+\|$/.test(l)).length

describe('check-run output says each finding once', () => {
  it('leaves the lines to the annotations: one table in the summary, no list in the text, and where every finding is', async () => {
    const gitDir = makeGitRepo({
      main: { 'README.md': 'shop\n' },
      feature: {
        'settings.py': `A = "${tokenA}"\nB = "${tokenB}"\n`,
        'notes.md': 'TODO one\nFIXME two\n',
      },
    })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [secretsScanOp, todoOp] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature' })
    await bed.app.idle()
    const runs = checkRunsFor(bed.sim, pull.headSha)
    for (const name of ['oda / secrets', 'oda / todo']) {
      const run = runs.get(name)!
      expect(run.conclusion, name).toBe('failure')
      expect(run.output.annotations, name).toHaveLength(2)
      const summary = run.output.summary ?? ''
      // The op's own table (secrets) or the generic one (todo): never both.
      expect(tables(summary), `${name}:\n${summary}`).toBe(1)
      expect(summary).toContain('**2 findings**')
      expect(summary).toMatch(/Every finding: run `r[0-9a-z]+` \(`oda runs show r[0-9a-z]+`\)\./)
      // No finding message is repeated outside its annotation.
      for (const a of run.output.annotations) {
        expect(summary, name).not.toContain(a.message)
        expect(run.output.text ?? '', name).not.toContain(a.message)
      }
      expect(run.output.text ?? '', name).not.toContain('All findings')
    }
    expectValidRequests(bed.sim)
  })

  it('lists in the text only the findings past the annotation cap', async () => {
    const many = Array.from({ length: 1005 }, (_, i) => `TODO ${i}`).join('\n') + '\n'
    const gitDir = makeGitRepo({ main: { 'a.txt': 'a\n' }, many: { 'a.txt': many } })
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops: [todoOp] })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'many' })
    await bed.app.idle()
    const run = checkRunsFor(bed.sim, pull.headSha).get('oda / todo')!
    expect(run.output.annotations).toHaveLength(1000)
    expect(run.output.summary).toContain(
      'Only the first 1000 findings are annotated on the diff; the other 5 are listed in the details.',
    )
    const listed = (run.output.text ?? '').split('\n').filter((l) => l.startsWith('- **'))
    expect(listed.map((l) => /a\.txt:(\d+)/.exec(l)?.[1])).toEqual(['1001', '1002', '1003', '1004', '1005'])
    expectValidRequests(bed.sim)
  }, 60_000)
})
