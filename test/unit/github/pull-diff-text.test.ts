import { describe, expect, it } from 'vitest'
import { diffPath, pullDiffText } from '../../../src/github/pull-diff-text.ts'
import { readPullFileEntries } from '../../../src/github/pull-file-entry.ts'
import { DiffStream } from '../../../src/secrets/diff-stream.ts'
import type { Fragment } from '../../../src/secrets/scan-text.ts'

/** The added lines a diff text yields, as `path:line:text`. */
function addedLines(diff: string): string[] {
  const out: string[] = []
  const stream = new DiffStream({
    onFragment: (f: Fragment) => f.text.split('\n').forEach((t, i) => out.push(`${f.path}:${f.lineNumbers?.[i]}:${t}`)),
  })
  for (const line of diff.split('\n')) stream.push(line)
  stream.end()
  return out
}

describe('pullDiffText: one PR file as a unified diff section', () => {
  it('writes git headers and the hunks, so added lines keep their new-file line numbers', () => {
    const part = pullDiffText({
      filename: 'app.py',
      status: 'modified',
      changes: 1,
      patch: '@@ -4,5 +4,6 @@ c = 3\n d = 4\n e = 5\n f = 6\n+added = True\n g = 7\n h = 8',
    })
    expect(part).toEqual({
      kind: 'patch',
      text: 'diff --git a/app.py b/app.py\n--- a/app.py\n+++ b/app.py\n@@ -4,5 +4,6 @@ c = 3\n d = 4\n e = 5\n f = 6\n+added = True\n g = 7\n h = 8\n',
    })
    expect(part.kind === 'patch' ? addedLines(part.text) : []).toEqual(['app.py:7:added = True'])
  })

  it('uses /dev/null for an added file and the new name for a renamed one', () => {
    const added = pullDiffText({ filename: 'n.txt', status: 'added', changes: 1, patch: '@@ -0,0 +1 @@\n+x' })
    expect(added.kind === 'patch' && added.text.split('\n').slice(0, 3)).toEqual([
      'diff --git a/n.txt b/n.txt',
      '--- /dev/null',
      '+++ b/n.txt',
    ])
    const renamed = pullDiffText({
      filename: 'new/a.py',
      previousFilename: 'old/a.py',
      status: 'renamed',
      changes: 1,
      patch: '@@ -1 +1,2 @@\n x\n+y',
    })
    expect(renamed.kind === 'patch' ? addedLines(renamed.text) : []).toEqual(['new/a.py:2:y'])
    expect(renamed.kind === 'patch' && renamed.text.split('\n')[0]).toBe('diff --git a/old/a.py b/new/a.py')
  })

  it('asks for binary and oversized files to be read whole, and skips removed files and pure renames', () => {
    expect(pullDiffText({ filename: 'logo.png', status: 'added', changes: 0 })).toEqual({ kind: 'whole' })
    expect(pullDiffText({ filename: 'big.sql', status: 'modified', changes: 40000 })).toEqual({ kind: 'whole' })
    expect(
      pullDiffText({ filename: 'gone.py', status: 'removed', changes: 3, patch: '@@ -1,3 +0,0 @@\n-a\n-b\n-c' }),
    ).toEqual({ kind: 'none' })
    expect(pullDiffText({ filename: 'b.py', previousFilename: 'a.py', status: 'renamed', changes: 0 })).toEqual({
      kind: 'none',
    })
    // GitHub counts no changed line for a rename without edits: nothing new to read.
    expect(
      pullDiffText({ filename: 'b.bin', previousFilename: 'a.bin', status: 'renamed', changes: 0, patch: '' }),
    ).toEqual({ kind: 'none' })
    expect(pullDiffText({ filename: 'x.txt', status: 'modified', changes: 0, patch: '' })).toEqual({ kind: 'whole' })
  })

  it('quotes paths git would quote, and the scanner reads them back', () => {
    expect(diffPath('b/', 'plain dir/file.py')).toBe('b/plain dir/file.py')
    expect(diffPath('b/', 'we"ird\\name\t.txt')).toBe('"b/we\\"ird\\\\name\\t.txt"')
    const part = pullDiffText({
      filename: 'we"ird\nname.txt',
      status: 'added',
      changes: 1,
      patch: '@@ -0,0 +1 @@\n+hello',
    })
    expect(part.kind === 'patch' ? addedLines(part.text) : []).toEqual(['we"ird\nname.txt:1:hello'])
  })

  it('reads only well-formed entries from an API page', () => {
    expect(
      readPullFileEntries([
        { filename: 'a', status: 'modified', changes: 2, patch: '@@ -1 +1 @@\n-a\n+b', previous_filename: 'z' },
        { status: 'added' },
        null,
        'x',
      ]),
    ).toEqual([{ filename: 'a', status: 'modified', changes: 2, patch: '@@ -1 +1 @@\n-a\n+b', previousFilename: 'z' }])
    expect(readPullFileEntries({ message: 'Not Found' })).toEqual([])
  })
})
