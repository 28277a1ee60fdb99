import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ApplicationFunction } from 'probot'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { odaApp } from '../../../app/index.ts'
import type { JobQueue } from '../../../src/queue/job-queue.ts'

// app.yml must ask for exactly what the App uses: the events its handlers subscribe to and the
// permissions of the GitHub REST routes its code calls. Both are read from the code, so a new
// handler or a new route without a manifest change fails here.
const root = fileURLToPath(new URL('../../../', import.meta.url))
const manifest = parse(readFileSync(join(root, 'app.yml'), 'utf8')) as {
  default_events: string[]
  default_permissions: Record<string, string>
  hook_attributes: { url: string }
}

/** The events the App's handlers are registered for (`pull_request.closed` -> `pull_request`). */
function subscribedEvents(): string[] {
  const events = new Set<string>()
  const app = {
    on: (names: string | string[]) => {
      for (const n of [names].flat()) events.add(n.split('.')[0]!)
    },
  }
  const fn: ApplicationFunction = odaApp({ queue: {} as JobQueue })
  void fn(app as never, {} as never)
  return [...events].sort()
}

/** Which permission each GitHub REST route needs (GitHub's "permissions required for GitHub Apps"). */
const routePermissions: [RegExp, string, 'read' | 'write'][] = [
  [/^POST \/repos\/[^/]+\/[^/]+\/check-runs/, 'checks', 'write'],
  [/^PATCH \/repos\/[^/]+\/[^/]+\/check-runs/, 'checks', 'write'],
  [/^GET \/repos\/[^/]+\/[^/]+\/commits\/\{ref\}\/check-runs$/, 'checks', 'read'],
  [/^(POST|PATCH|DELETE) \/repos\/[^/]+\/[^/]+\/git\/(refs|tags)/, 'contents', 'write'],
  [/^GET \/repos\/[^/]+\/[^/]+\/(git|tarball|contents|compare|commits|branches)\//, 'contents', 'read'],
  [/^POST \/repos\/[^/]+\/[^/]+\/actions\//, 'actions', 'write'],
  [/^GET \/repos\/[^/]+\/[^/]+\/actions\//, 'actions', 'read'],
  [/^POST \/repos\/[^/]+\/[^/]+\/deployments/, 'deployments', 'write'],
  [/^GET \/repos\/[^/]+\/[^/]+\/deployments/, 'deployments', 'read'],
  [/^(POST|PATCH) \/repos\/[^/]+\/[^/]+\/issues\//, 'issues', 'write'],
  [/^GET \/repos\/[^/]+\/[^/]+\/pulls/, 'pull_requests', 'read'],
  [/^GET \/orgs\/[^/]+\/teams\/[^/]+\/memberships/, 'members', 'read'],
  [/^GET \/repos\/[^/]+\/[^/]+(\/collaborators\/[^/]+\/permission)?$/, 'metadata', 'read'],
]

/**
 * Code the App never runs with its own token: the simulator serves routes, and `oda protect`
 * (repository rulesets, administration permission) is run by a repository admin from the CLI,
 * never by a webhook or a slash command.
 */
const notTheApp = new Set(['src/sim', 'src/ops/protect'])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return notTheApp.has(path.slice(root.length)) ? [] : sourceFiles(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

/** GitHub REST routes named in app/ and src/ (but `notTheApp`). */
function calledRoutes(): string[] {
  const routes = new Set<string>()
  for (const file of [...sourceFiles(join(root, 'app')), ...sourceFiles(join(root, 'src'))])
    for (const m of readFileSync(file, 'utf8').matchAll(/'((?:GET|POST|PATCH|PUT|DELETE) \/(?:repos|orgs)\/[^']+)'/g))
      routes.add(m[1]!)
  return [...routes].sort()
}

function permissionsFor(routes: string[]): Record<string, string> {
  const needed: Record<string, string> = { metadata: 'read' }
  for (const route of routes) {
    const hit = routePermissions.find(([re]) => re.test(route))
    if (!hit) throw new Error(`no permission known for ${route}: add it to routePermissions and app.yml`)
    const [, permission, level] = hit
    if (needed[permission] !== 'write') needed[permission] = level
  }
  return needed
}

describe('GitHub App manifest app.yml', () => {
  it("subscribes to exactly the events the App's handlers are registered for", () => {
    expect(subscribedEvents()).toEqual(['check_run', 'check_suite', 'issue_comment', 'pull_request'])
    expect([...manifest.default_events].sort()).toEqual(subscribedEvents())
  })

  it('asks for exactly the permissions of the routes the code calls', () => {
    const routes = calledRoutes()
    expect(routes).toContain('POST /repos/{owner}/{repo}/check-runs')
    expect(manifest.default_permissions).toEqual(permissionsFor(routes))
  })

  it('sends webhooks to the path the App serves', async () => {
    const { WEBHOOK_PATH } = await import('../../../app/server.ts')
    expect(new URL(manifest.hook_attributes.url).pathname).toBe(WEBHOOK_PATH)
  })

  it('fails on a route it has no permission for', () => {
    expect(() => permissionsFor(['PUT /repos/{owner}/{repo}/topics'])).toThrow(/no permission known for PUT/)
  })
})
