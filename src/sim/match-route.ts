import type { Route } from './route.ts'

/** Parameters that may contain `/` when a client sends them unencoded. */
const greedy = new Set(['path', 'ref', 'basehead'])

interface Compiled {
  route: Route
  method: string
  regex: RegExp
  names: string[]
  literalSegments: number
}

/**
 * Matches request paths to routes. Octokit encodes `/` inside parameters as %2F, other
 * clients do not, so a trailing `{path}`/`{ref}` also swallows the rest of the path; more
 * literal routes win (`/commits/{ref}/check-runs` before `/commits/{ref}`).
 */
export class RouteMatcher {
  readonly #compiled: Compiled[]
  constructor(routes: Route[]) {
    this.#compiled = routes.map((route) => {
      const [method = '', path = ''] = route.key.split(' ')
      const names: string[] = []
      const segments = path.split('/')
      const source = segments
        .map((seg, i) =>
          seg.replace(/\{(\w+)\}/g, (_m, name: string) => {
            names.push(name)
            // A repository's root listing is `contents/` with an empty path.
            if (name === 'path' && i === segments.length - 1) return '(.*)'
            return greedy.has(name) && i === segments.length - 1 ? '(.+)' : '([^/]+)'
          }),
        )
        .join('/')
      return {
        route,
        method,
        regex: new RegExp(`^${source}/?$`),
        names,
        literalSegments: segments.filter((s) => !s.includes('{')).length,
      }
    })
    this.#compiled.sort((a, b) => b.literalSegments - a.literalSegments)
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const c of this.#compiled) {
      if (c.method !== method) continue
      const m = c.regex.exec(path)
      if (!m) continue
      const params: Record<string, string> = {}
      try {
        c.names.forEach((n, i) => {
          params[n] = decodeURIComponent(m[i + 1] ?? '')
        })
      } catch {
        // A malformed %-escape cannot name anything GitHub serves.
        return undefined
      }
      return { route: c.route, params }
    }
    return undefined
  }
}
