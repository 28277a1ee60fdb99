import { describe, expect, it } from 'vitest'
import { COMMIT_MARKER, DiffStream, parseDiffPath } from '../../../src/secrets/diff-stream.ts'
import type { Fragment } from '../../../src/secrets/scan-text.ts'
import type { Provenance } from '../../../src/secrets/secret-finding.ts'

function run(text: string, max?: number): { fragment: Fragment; provenance?: Provenance }[] {
  const out: { fragment: Fragment; provenance?: Provenance }[] = []
  const s = new DiffStream({
    onFragment: (fragment, provenance) => out.push({ fragment, provenance }),
    maxFragmentChars: max,
  })
  for (const line of text.split('\n')) s.push(line)
  s.end()
  return out
}

const diff = [
  'diff --git a/app/x.py b/app/x.py',
  'index 1111111..2222222 100644',
  '--- a/app/x.py',
  '+++ b/app/x.py',
  '@@ -3,0 +4,2 @@ def f():',
  '+added four',
  '+++ added five, looks like a header',
  '@@ -10 +12 @@',
  '-old',
  '+new twelve',
  'diff --git a/gone.txt b/gone.txt',
  'deleted file mode 100644',
  '--- a/gone.txt',
  '+++ /dev/null',
  '@@ -1,2 +0,0 @@',
  '-a',
  '-b',
  'diff --git a/img.png b/img.png',
  'Binary files a/img.png and b/img.png differ',
].join('\n')

describe('DiffStream', () => {
  it('emits only added lines, with their new-file line numbers, one block per contiguous run', () => {
    const out = run(diff)
    expect(out.map((o) => [o.fragment.path, o.fragment.text, o.fragment.lineNumbers])).toEqual([
      ['app/x.py', 'added four\n++ added five, looks like a header', [4, 5]],
      ['app/x.py', 'new twelve', [12]],
    ])
  })

  it('attaches the commit, author and date in history output', () => {
    const log = `${COMMIT_MARKER}abc123\u0000Ada <ada@x.org>\u00002024-01-02T03:04:05+00:00\n\n${diff}\n${COMMIT_MARKER}def456\u0000Bob <b@x.org>\u00002024-02-02T00:00:00+00:00\n\ndiff --git a/n.txt b/n.txt\nnew file mode 100644\n--- /dev/null\n+++ b/n.txt\n@@ -0,0 +1 @@\n+hello`
    const out = run(log)
    expect(out.map((o) => [o.fragment.path, o.provenance?.commit, o.provenance?.author])).toEqual([
      ['app/x.py', 'abc123', 'Ada <ada@x.org>'],
      ['app/x.py', 'abc123', 'Ada <ada@x.org>'],
      ['n.txt', 'def456', 'Bob <b@x.org>'],
    ])
    expect(out[2]!.provenance!.date).toBe('2024-02-02T00:00:00+00:00')
  })

  it('flushes a huge file in bounded pieces and strips CR from CRLF lines', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `+line ${i}\r`)
    const out = run(
      ['diff --git a/big b/big', '--- /dev/null', '+++ b/big', '@@ -0,0 +1,100 @@', ...lines].join('\n'),
      200,
    )
    expect(out.length).toBeGreaterThan(3)
    expect(out.flatMap((o) => o.fragment.lineNumbers)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
    expect(out[0]!.fragment.text.startsWith('line 0\nline 1')).toBe(true)
    expect(out.some((o) => o.fragment.text.includes('\r'))).toBe(false)
  })
})

describe('parseDiffPath', () => {
  it('strips the b/ prefix, maps /dev/null to nothing and undoes git quoting', () => {
    expect(parseDiffPath('b/src/a.ts')).toBe('src/a.ts')
    expect(parseDiffPath('/dev/null')).toBeUndefined()
    expect(parseDiffPath('"b/dir/with\\ttab \\"q\\".txt"')).toBe('dir/with\ttab "q".txt')
    expect(parseDiffPath('"b/caf\\303\\251.txt"')).toBe('café.txt')
  })
})
