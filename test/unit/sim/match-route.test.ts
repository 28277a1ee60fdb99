import { describe, expect, it } from 'vitest'
import { RouteMatcher } from '../../../src/sim/match-route.ts'
import { defineRoute } from '../../../src/sim/route.ts'

const handle = () => ({ status: 200 })
const matcher = new RouteMatcher([
  defineRoute('GET /repos/{owner}/{repo}/commits/{ref}', handle),
  defineRoute('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', handle),
  defineRoute('GET /repos/{owner}/{repo}/contents/{path}', handle),
  defineRoute('GET /repos/{owner}/{repo}/git/ref/{ref}', handle),
  defineRoute('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', handle),
])

describe('RouteMatcher', () => {
  it('prefers the more literal route and decodes parameters', () => {
    expect(matcher.match('GET', '/repos/acme/shop/commits/abc/check-runs')).toMatchObject({
      route: { key: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs' },
      params: { owner: 'acme', repo: 'shop', ref: 'abc' },
    })
    expect(matcher.match('GET', '/repos/acme/shop/commits/feature%2Fx')?.params.ref).toBe('feature/x')
    expect(matcher.match('DELETE', '/repos/acme/shop/issues/3/labels/deploy%3Astaging')?.params.name).toBe(
      'deploy:staging',
    )
  })

  it('lets trailing path and ref parameters contain unencoded slashes', () => {
    expect(matcher.match('GET', '/repos/acme/shop/contents/spec/shop/prd.md')?.params.path).toBe('spec/shop/prd.md')
    expect(matcher.match('GET', '/repos/acme/shop/contents/spec%2Fshop%2Fprd.md')?.params.path).toBe('spec/shop/prd.md')
    expect(matcher.match('GET', '/repos/acme/shop/contents/')?.params.path).toBe('')
    expect(matcher.match('GET', '/repos/acme/shop/git/ref/oda/locks/staging')?.params.ref).toBe('oda/locks/staging')
  })

  it('matches nothing for another method or an unknown path', () => {
    expect(matcher.match('POST', '/repos/acme/shop/commits/abc')).toBeUndefined()
    expect(matcher.match('GET', '/repos/acme/shop/hooks')).toBeUndefined()
    expect(matcher.match('GET', '/repos/acme/shop/commits/%E0%A4%A')).toBeUndefined()
  })
})
