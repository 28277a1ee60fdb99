import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatSums, parseSums, sha256 } from '../../../../src/engine/evidence/sha256-sums.ts'
import { tempRoot } from './temp-root.ts'

describe('SHA256SUMS', () => {
  it('reads what sha256sum writes, in text and binary mode', () => {
    const dir = tempRoot()
    writeFileSync(join(dir, 'a.txt'), 'alpha')
    writeFileSync(join(dir, 'b.bin'), Buffer.from([0, 1, 2]))
    const text = execFileSync('sha256sum', ['a.txt', 'b.bin'], { cwd: dir, encoding: 'utf8' })
    const binary = execFileSync('sha256sum', ['-b', 'a.txt'], { cwd: dir, encoding: 'utf8' })
    expect(parseSums(text)).toEqual({
      entries: new Map([
        ['a.txt', sha256('alpha')],
        ['b.bin', sha256(Buffer.from([0, 1, 2]))],
      ]),
      errors: [],
    })
    expect(parseSums(binary).entries.get('a.txt')).toBe(sha256('alpha'))
  })

  it('writes sorted lines that sha256sum -c accepts', () => {
    const dir = tempRoot()
    writeFileSync(join(dir, 'z.txt'), 'zed')
    writeFileSync(join(dir, 'a.txt'), 'alpha')
    const sums = formatSums(
      new Map([
        ['z.txt', sha256('zed')],
        ['a.txt', sha256('alpha')],
      ]),
    )
    expect(sums).toBe(`${sha256('alpha')}  a.txt\n${sha256('zed')}  z.txt\n`)
    writeFileSync(join(dir, 'SHA256SUMS'), sums)
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toBe(
      'a.txt: OK\nz.txt: OK\n',
    )
  })

  it('reports each bad line by number: malformed, escaping the pack, listed twice', () => {
    const h = sha256('x')
    const { entries, errors } = parseSums(
      `${h}  ok.txt\nnonsense\n${h}  ../etc/passwd\n${h}  /abs\n${h}  ok.txt\n${h.toUpperCase()}  up.txt\n`,
    )
    expect([...entries.keys()]).toEqual(['ok.txt'])
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6])
    expect(errors[1]?.message).toMatch(/must be relative to the pack/)
    expect(errors[3]?.message).toMatch(/listed twice/)
  })
})
