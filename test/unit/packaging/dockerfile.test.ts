import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

// Docker may not build here (no registry but npm and Debian), so the image is checked statically:
// what it runs, as whom, and that its health check asks a route the App serves.
const root = fileURLToPath(new URL('../../../', import.meta.url))
const read = (path: string): string => readFileSync(root + path, 'utf8')

/** Dockerfile instructions (continuations joined, comments dropped) as [instruction, arguments]. */
export function dockerInstructions(text: string): [string, string][] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [word, ...rest] = l.split(/\s+/)
      return [word!.toUpperCase(), rest.join(' ')]
    })
}

const lastStage = (all: [string, string][]): [string, string][] => all.slice(all.findLastIndex(([i]) => i === 'FROM'))

describe('Dockerfile', () => {
  const all = dockerInstructions(read('Dockerfile'))
  const final = lastStage(all)

  it('builds in one stage and runs on node:24-slim in another', () => {
    const froms = all.filter(([i]) => i === 'FROM').map(([, a]) => a)
    expect(froms.length).toBeGreaterThanOrEqual(2)
    for (const from of froms) expect(from.split(/\s+/)[0]).toBe('node:24-slim')
    expect(final.some(([i, a]) => i === 'COPY' && a.startsWith('--from=build'))).toBe(true)
  })

  it('runs as a non-root user and writes only under its volumes', () => {
    const users = final.filter(([i]) => i === 'USER').map(([, a]) => a)
    expect(users.length).toBeGreaterThan(0)
    const user = users.at(-1)!.split(':')[0]!
    expect(['root', '0']).not.toContain(user)
    const env = final
      .filter(([i]) => i === 'ENV')
      .map(([, a]) => a)
      .join(' ')
    const volumes = final.filter(([i]) => i === 'VOLUME').flatMap(([, a]) => JSON.parse(a) as string[])
    for (const name of ['ODA_DATA_DIR', 'ODA_WORK_DIR']) {
      const dir = new RegExp(`${name}=(\\S+)`).exec(env)?.[1]
      expect(dir, name).toBeDefined()
      expect(volumes.some((v) => dir!.startsWith(v + '/'))).toBe(true)
    }
    expect(volumes).toContain('/tmp')
  })

  it("health-checks a route the App serves and starts the bundled CLI's `start`", () => {
    const health = final.find(([i]) => i === 'HEALTHCHECK')?.[1] ?? ''
    const path = /\/healthz[\w/]*/.exec(health)?.[0]
    expect(path).toBe('/healthz')
    expect(read('app/server.ts')).toContain(`req.url === '${path}'`)
    const entry = JSON.parse(final.find(([i]) => i === 'ENTRYPOINT')![1]) as string[]
    expect(entry[1]).toBe('/app/dist/cli.js')
    expect(existsSync(root + 'dist/cli.js')).toBe(true)
    expect(JSON.parse(final.find(([i]) => i === 'CMD')![1])).toEqual(['start'])
    // Everything copied out of the build stage exists in the repository (or is built: dist).
    for (const [, a] of final.filter(([i, a]) => i === 'COPY' && a.startsWith('--from=build'))) {
      const source = a.split(/\s+/)[1]!.replace(/^\/src\//, '')
      expect(existsSync(root + source), source).toBe(true)
    }
  })

  it('keeps credentials and local state out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
    for (const entry of ['.env', '*.pem', 'node_modules', '.git']) expect(ignored).toContain(entry)
  })

  it('finds a root user or a missing health check (the checks can fail)', () => {
    const rooted = lastStage(dockerInstructions('FROM node:24-slim\nUSER root\nCMD ["start"]\n'))
    expect(rooted.find(([i]) => i === 'USER')?.[1]).toBe('root')
    expect(rooted.find(([i]) => i === 'HEALTHCHECK')).toBeUndefined()
  })
})

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml')) as { services: Record<string, Record<string, unknown>> }

  it('runs oda on PostgreSQL, read-only, with credentials only from an optional .env', () => {
    const oda = compose.services['oda']!
    expect(Object.keys(compose.services).sort()).toEqual(['oda', 'postgres'])
    expect((oda['environment'] as Record<string, string>)['DATABASE_URL']).toMatch(/@postgres:5432\//)
    expect(oda['env_file']).toEqual([{ path: '.env', required: false }])
    expect(oda['read_only']).toBe(true)
    expect(JSON.stringify(oda)).not.toMatch(/PRIVATE_KEY|WEBHOOK_SECRET/)
    expect(oda['depends_on']).toEqual({ postgres: { condition: 'service_healthy' } })
  })
})
