import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runDist } from '../../helpers/run-dist.ts'

const root = mkdtempSync(join(tmpdir(), 'oda-keys-cli-'))
const data = ['--data-dir', join(root, 'data')]
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('oda keys', () => {
  it('creates a key printed once, lists it without the secret, revokes it', () => {
    const created = runDist(
      ['keys', 'create', '--name', 'ci', '--scopes', 'manifest,deploy:prod', '--expires', '30d', ...data],
      { cwd: root },
    )
    expect(created.code).toBe(0)
    const key = /^(oda_[0-9a-f]{16}_[A-Za-z0-9_-]{43})$/m.exec(created.stdout)?.[1]
    expect(key).toBeDefined()
    const id = key!.slice(4, 20)
    const listed = runDist(['keys', 'list', ...data], { cwd: root })
    expect(listed.stdout).toContain(id)
    expect(listed.stdout).toContain('manifest,deploy:prod')
    expect(listed.stdout).not.toContain(key!.slice(21))
    expect(runDist(['keys', 'list', '--format', 'json', ...data], { cwd: root }).stdout).not.toMatch(/salt|hash/)
    expect(runDist(['keys', 'revoke', id, ...data], { cwd: root }).code).toBe(0)
    expect(runDist(['keys', 'list', ...data], { cwd: root }).stdout).toMatch(/revoked/)
    expect(runDist(['keys', 'revoke', id, ...data], { cwd: root }).code).toBe(1)
  })

  it('refuses a bad scope, role or expiry with exit 2 and a message saying what is expected', () => {
    const scope = runDist(['keys', 'create', '--name', 'x', '--scopes', '../etc', ...data], { cwd: root })
    expect(scope.code).toBe(2)
    expect(scope.stderr).toMatch(/scope "..\/etc" is not valid/)
    expect(
      runDist(['keys', 'create', '--name', 'x', '--scopes', '*', '--role', 'god', ...data], { cwd: root }).code,
    ).toBe(2)
    const expiry = runDist(['keys', 'create', '--name', 'x', '--scopes', '*', '--expires', 'soon', ...data], {
      cwd: root,
    })
    expect(expiry.code).toBe(2)
    expect(expiry.stderr).toMatch(/expected a duration such as/)
  })
})
