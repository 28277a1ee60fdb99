import { execFileSync } from 'node:child_process'
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { extractTarball } from '../../../src/github/extract-tarball.ts'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function tarball(build: (root: string) => void): string {
  const d = mkdtempSync(join(tmpdir(), 'oda-tar-'))
  dirs.push(d)
  const root = join(d, 'acme-shop-abc1234')
  mkdirSync(root)
  build(root)
  execFileSync('tar', ['-czf', join(d, 't.tar.gz'), '-C', d, 'acme-shop-abc1234'])
  return join(d, 't.tar.gz')
}

describe('extractTarball', () => {
  it('unpacks without the top folder and keeps links that stay inside', async () => {
    const file = tarball((r) => {
      mkdirSync(join(r, 'addons'))
      writeFileSync(join(r, 'addons', 'a.py'), 'x = 1\n')
      symlinkSync('addons/a.py', join(r, 'link.py'))
    })
    const dest = mkdtempSync(join(tmpdir(), 'oda-ws-'))
    dirs.push(dest)
    await extractTarball({ file, dest })
    expect(readFileSync(join(dest, 'addons', 'a.py'), 'utf8')).toBe('x = 1\n')
    expect(lstatSync(join(dest, 'link.py')).isSymbolicLink()).toBe(true)
  })

  it('re-points every link whose real path leaves the workspace at /dev/null, chains and dir links included', async () => {
    const file = tarball((r) => {
      symlinkSync('/etc/passwd', join(r, 'passwd'))
      mkdirSync(join(r, 'deep'))
      symlinkSync('../../../../etc/hostname', join(r, 'deep', 'host'))
      // a chain that a textual check passes: `l0` is `.`, so each `l0/` costs nothing in
      // the text but `..` after it climbs from the real folder
      symlinkSync('.', join(r, 'l0'))
      symlinkSync(`${'l0/'.repeat(12)}${'../'.repeat(12)}etc/passwd`, join(r, 'chained'))
      symlinkSync('chained', join(r, 'a'))
      symlinkSync('/etc', join(r, 'etcdir'))
      symlinkSync('etcdir/passwd', join(r, 'via-dir'))
    })
    const dest = mkdtempSync(join(tmpdir(), 'oda-ws-'))
    dirs.push(dest)
    await extractTarball({ file, dest })
    for (const name of ['passwd', 'deep/host', 'chained', 'a', 'etcdir', 'via-dir'])
      expect(readlinkSync(join(dest, name)), name).toBe('/dev/null')
    expect(readlinkSync(join(dest, 'l0'))).toBe('.')
    expect(readFileSync(join(dest, 'a'), 'utf8')).toBe('')
  })

  it("fails with tar's message on a file that is not a tarball", async () => {
    const d = mkdtempSync(join(tmpdir(), 'oda-tar-'))
    dirs.push(d)
    writeFileSync(join(d, 'bad.tar.gz'), 'not gzip')
    await expect(extractTarball({ file: join(d, 'bad.tar.gz'), dest: join(d, 'out') })).rejects.toThrow(
      /tar could not unpack .*bad\.tar\.gz/,
    )
  })
})
