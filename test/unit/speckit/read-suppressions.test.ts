import { describe, expect, it } from 'vitest'
import { checkPlaceholders } from '../../../src/speckit/check-placeholders.ts'
import { isSuppressed, readSuppressions } from '../../../src/speckit/read-suppressions.ts'
import { md, parseDoc } from './helpers/parse-doc.ts'

function remaining(text: string) {
  const doc = parseDoc(text, 'constitution')
  const s = readSuppressions(doc)
  return checkPlaceholders(doc)
    .filter((f) => !isSuppressed(f, s))
    .map((f) => f.line)
}

describe('inline suppressions', () => {
  it('silences the listed rule on the next non-blank line only', () => {
    expect(
      remaining(
        md(
          '# C',
          '',
          '<!-- oda-ignore-next-line spec-kit/template-placeholder -->',
          '',
          'Branches look like [FEATURE_NAME].',
          '',
          'Left: [DATE]',
        ),
      ),
    ).toEqual([7])
  })
  it('silences every rule when none is listed, and only the listed ones otherwise', () => {
    expect(remaining(md('# C', '<!-- oda-ignore-next-line -->', 'x [DATE]'))).toEqual([])
    expect(remaining(md('# C', '<!-- oda-ignore-next-line spec-kit/empty-section -->', 'x [DATE]'))).toEqual([3])
  })
  it('silences a rule for the whole file', () => {
    expect(
      remaining(md('<!-- oda-ignore-file spec-kit/template-placeholder -->', '# C [PROJECT_NAME]', '', 'x [DATE]')),
    ).toEqual([])
  })
  it('ignores ordinary comments', () => {
    expect(remaining(md('# C', '<!-- reviewed -->', 'x [DATE]'))).toEqual([3])
  })
})
