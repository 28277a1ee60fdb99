import { describe, expect, it } from 'vitest'
import { paginate } from '../../../src/sim/paginate.ts'

const items = Array.from({ length: 250 }, (_, i) => i)
const url = new URL('http://127.0.0.1:1/repos/a/b/pulls/1/files?per_page=100&page=2')

describe('paginate', () => {
  it('slices the page and links next, last, first and prev like GitHub', () => {
    const page = paginate(items, { per_page: 100, page: 2 }, url)
    expect(page.items).toEqual(items.slice(100, 200))
    expect(page.link).toBe(
      '<http://127.0.0.1:1/repos/a/b/pulls/1/files?per_page=100&page=3>; rel="next", <http://127.0.0.1:1/repos/a/b/pulls/1/files?per_page=100&page=3>; rel="last", <http://127.0.0.1:1/repos/a/b/pulls/1/files?per_page=100&page=1>; rel="first", <http://127.0.0.1:1/repos/a/b/pulls/1/files?per_page=100&page=1>; rel="prev"',
    )
  })

  it('defaults to 30 per page, caps at 100, and sends no Link for a single page', () => {
    expect(paginate(items, {}, url).items).toHaveLength(30)
    expect(paginate(items, { per_page: 500 }, url).items).toHaveLength(100)
    expect(paginate(items.slice(0, 5), {}, url).link).toBeUndefined()
    expect(paginate(items, { page: 99 }, url).items).toEqual([])
  })
})
