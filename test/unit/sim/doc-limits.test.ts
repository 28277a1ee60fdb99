import { describe, expect, it } from 'vitest'
import { checkDocLimits } from '../../../src/sim/doc-limits.ts'

const create = 'POST /repos/{owner}/{repo}/check-runs'
const ann = (over: Record<string, unknown> = {}) => ({
  path: 'a.py',
  start_line: 1,
  end_line: 1,
  annotation_level: 'notice',
  message: 'm',
  ...over,
})

describe('checkDocLimits', () => {
  it('accepts requests exactly at every limit', () => {
    const body = {
      output: {
        title: 't',
        summary: 'x'.repeat(65535),
        text: 'x'.repeat(65535),
        annotations: Array.from({ length: 50 }, () => ann({ title: 'x'.repeat(255), message: 'x'.repeat(64 * 1024) })),
      },
      actions: [1, 2, 3].map(() => ({
        label: 'x'.repeat(20),
        description: 'x'.repeat(40),
        identifier: 'x'.repeat(20),
      })),
    }
    expect(checkDocLimits(create, body)).toEqual([])
    expect(
      checkDocLimits('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        description: 'x'.repeat(140),
      }),
    ).toEqual([])
  })

  it('names the JSON path of each limit broken by one', () => {
    const body = {
      output: {
        title: 't',
        summary: 'x'.repeat(65536),
        annotations: [
          ...Array.from({ length: 50 }, () => ann()),
          ann({ title: 'x'.repeat(256), message: 'é'.repeat(32 * 1024 + 1) }),
        ],
      },
      actions: [1, 2, 3, 4].map(() => ({
        label: 'x'.repeat(21),
        description: 'x'.repeat(41),
        identifier: 'x'.repeat(21),
      })),
    }
    const at = checkDocLimits(create, body).map((e) => e.at)
    expect(at).toEqual(
      expect.arrayContaining([
        '/output/summary',
        '/output/annotations',
        '/output/annotations/50/title',
        '/output/annotations/50/message',
        '/actions',
        '/actions/3/label',
        '/actions/0/description',
        '/actions/2/identifier',
      ]),
    )
  })

  it('requires a conclusion when completing, and columns only on one line', () => {
    expect(checkDocLimits(create, { status: 'completed' }).map((e) => e.at)).toEqual(['/conclusion'])
    expect(checkDocLimits(create, { conclusion: 'stale' }).map((e) => e.at)).toEqual(['/conclusion'])
    expect(
      checkDocLimits(create, { output: { annotations: [ann({ end_line: 2, start_column: 1 })] } }).map((e) => e.at),
    ).toEqual(['/output/annotations/0/start_column'])
  })

  it('caps deployment and commit status descriptions at 140 and comments at 65536', () => {
    expect(
      checkDocLimits('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        description: 'x'.repeat(141),
      }),
    ).toHaveLength(1)
    expect(checkDocLimits('POST /repos/{owner}/{repo}/statuses/{sha}', { description: 'x'.repeat(141) })).toHaveLength(
      1,
    )
    expect(
      checkDocLimits('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { body: 'x'.repeat(65537) }),
    ).toHaveLength(1)
  })
})
