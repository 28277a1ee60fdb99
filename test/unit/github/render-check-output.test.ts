import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../src/op/report.ts'
import { makeReport } from '../../../src/op/report.ts'
import { renderCheckOutput } from '../../../src/github/render-check-output.ts'

const f = (over: Partial<Finding>): Finding => ({
  path: 'a.py',
  line: 1,
  level: 'failure',
  ruleId: 'r',
  message: 'm',
  ...over,
})

describe('renderCheckOutput', () => {
  it('tables findings by rule and file with counts per level', () => {
    const report = makeReport({
      conclusion: 'failure',
      title: 't',
      summary: 'Checked 3 addons.',
      findings: [
        f({ ruleId: 'license', path: 'x/__manifest__.py' }),
        f({ ruleId: 'license', path: 'x/__manifest__.py', level: 'warning' }),
        f({ ruleId: 'version', path: 'y/__manifest__.py', level: 'notice' }),
      ],
    })
    const out = renderCheckOutput({ report, fullListAt: 'evidence', annotated: 3 })
    expect(out.summary).toContain('Checked 3 addons.')
    expect(out.summary).toContain('**3 findings**: 1 failure, 1 warning, 1 notice.')
    expect(out.summary).toContain('| `license` | `x/__manifest__.py` | 1 | 1 | 0 |')
    expect(out.summary).toContain('| `version` | `y/__manifest__.py` | 0 | 0 | 1 |')
    // Every finding is annotated: the text does not list them again.
    expect(out.text).toBeUndefined()
    expect(out.summary).toContain('\n\nEvery finding: evidence.\n\n### Findings by rule and file')
  })

  it('adds no second table when the op summary tables its findings itself', () => {
    const report = makeReport({
      conclusion: 'failure',
      title: 't',
      summary: '| Rule | File | Lines |\n| --- | --- | --- |\n| `r` | `a.py` | 1 |',
      findings: [f({})],
    })
    const out = renderCheckOutput({ report, fullListAt: 'evidence', annotated: 1 })
    expect(out.summary).not.toContain('Findings by rule and file')
  })

  it('says "No findings." and has no text for a clean report', () => {
    const out = renderCheckOutput({
      report: makeReport({ conclusion: 'success', title: 'ok' }),
      fullListAt: 'evidence',
      annotated: 0,
    })
    expect(out.summary).toBe('No findings.')
    expect(out.text).toBeUndefined()
  })

  it('escapes pipes so a path cannot break the table', () => {
    const out = renderCheckOutput({
      report: makeReport({ conclusion: 'failure', title: 't', findings: [f({ path: 'a|b.py' })] }),
      fullListAt: 'e',
      annotated: 1,
    })
    expect(out.summary).toContain('`a\\|b.py`')
  })

  it('cuts summary and text at 65,535 characters and says how many findings were left out and where', () => {
    const findings = Array.from({ length: 5000 }, (_, i) =>
      f({ path: `addons/module_${i}/models/very_long_file_name_${i}.py`, line: i + 1, message: 'x'.repeat(40) }),
    )
    const out = renderCheckOutput({
      report: makeReport({ conclusion: 'failure', title: 't', findings }),
      fullListAt: 'artifact `oda-evidence`',
      annotated: 1000,
    })
    expect(out.summary.length).toBeLessThanOrEqual(65_535)
    expect(out.text?.length).toBeLessThanOrEqual(65_535)
    const cut =
      /_(\d+) of 5000 findings are left out of this table \(size limit\); the full list is in artifact `oda-evidence`\._$/.exec(
        out.summary,
      )
    expect(cut).not.toBeNull()
    const rowsShown = out.summary.split('\n').filter((l) => l.startsWith('| `')).length
    expect(Number(cut?.[1])).toBe(5000 - rowsShown)
    const textCut =
      /_(\d+) more findings are left out \(size limit\); the full list is in artifact `oda-evidence`\._$/.exec(
        out.text ?? '',
      )
    // The text lists only the 4,000 findings that are not annotated.
    const linesShown = (out.text ?? '').split('\n').filter((l) => l.startsWith('- **')).length
    expect(Number(textCut?.[1])).toBe(4000 - linesShown)
  })
})
