import { describe, expect, it } from 'vitest'
import { parseExtends } from '../../../src/github/load-repo-config.ts'

describe('parseExtends', () => {
  it('reads "repo" as a repository of the same owner', () => {
    expect(parseExtends('.github', 'acme')).toEqual({ owner: 'acme', repo: '.github', path: '.github/oda.yml' })
  })
  it('reads "owner/repo" and "owner/repo:path"', () => {
    expect(parseExtends('org/policies', 'acme')).toEqual({ owner: 'org', repo: 'policies', path: '.github/oda.yml' })
    expect(parseExtends('org/policies:oda/base.yml', 'acme')).toEqual({
      owner: 'org',
      repo: 'policies',
      path: 'oda/base.yml',
    })
  })
})
