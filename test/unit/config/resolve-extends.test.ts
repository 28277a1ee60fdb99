import { describe, expect, it } from 'vitest'
import type { ConfigSource } from '../../../src/config/config-source.ts'
import { resolveExtends } from '../../../src/config/resolve-extends.ts'

const shop: ConfigSource = {
  repository: { owner: 'acme', repo: 'shop' },
  name: (ref) => ref.path,
  read: async () => ({ kind: 'missing' }),
}
const offline: ConfigSource = { ...shop, repository: undefined }
const own = { repo: 'self' as const, path: '.github/oda.yml' }

describe('resolveExtends', () => {
  it('reads a .yml/.yaml value as a file of the same repository, relative to the file that names it', () => {
    expect(resolveExtends('base.yml', own, shop)).toEqual({ repo: 'self', path: '.github/base.yml' })
    expect(resolveExtends(' ../ci/oda.yaml ', own, shop)).toEqual({ repo: 'self', path: 'ci/oda.yaml' })
    expect(resolveExtends('base.yml', { repo: 'org', path: 'oda/team.yml' }, shop)).toEqual({
      repo: 'org',
      path: 'oda/base.yml',
    })
  })

  it('reads .github, owner/.github and .github:path as the organisation repository (Probot style)', () => {
    expect(resolveExtends('.github', own, shop)).toEqual({ repo: 'org', path: '.github/oda.yml' })
    expect(resolveExtends('ACME/.github:oda/base.yml', own, shop)).toEqual({ repo: 'org', path: 'oda/base.yml' })
    expect(resolveExtends('acme/.github', own, offline)).toEqual({ repo: 'org', path: '.github/oda.yml' })
    expect(resolveExtends('shop:ci/base.yml', own, shop)).toEqual({ repo: 'self', path: 'ci/base.yml' })
  })

  it('refuses host paths, escapes and every other repository', () => {
    expect(resolveExtends('/etc/shadow', own, shop)).toMatch(/is an absolute path/)
    expect(resolveExtends('C:/x.yml', own, shop)).toMatch(/is an absolute path/)
    expect(resolveExtends('.github:/etc/x.yml', own, shop)).toMatch(/is an absolute path/)
    expect(resolveExtends('../../outside.yml', own, shop)).toMatch(/leads outside the repository/)
    expect(resolveExtends('.github:../../etc/passwd', own, shop)).toMatch(/leads outside the repository/)
    expect(resolveExtends('evil/.github', own, shop)).toMatch(/not "evil\/\.github"/)
    expect(resolveExtends('acme/vault:deploy.yml', own, shop)).toMatch(/not "acme\/vault"/)
    expect(resolveExtends('shop:x.yml', own, offline)).toMatch(/not "shop"/)
    expect(resolveExtends('a\\b.yml', own, shop)).toMatch(/backslash/)
    expect(resolveExtends('  ', own, shop)).toMatch(/is empty/)
    expect(resolveExtends('.github:ci/', own, shop)).toMatch(/names a folder/)
  })
})
