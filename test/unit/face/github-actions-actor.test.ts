import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { githubActionsActor } from '../../../src/face/github-actions-actor.ts'

const dir = mkdtempSync(join(tmpdir(), 'oda-actor-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function event(name: string, payload: unknown): string {
  const file = join(dir, name)
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return file
}

describe('githubActionsActor', () => {
  it('prefers whoever re-ran the workflow, then the event sender, then GITHUB_ACTOR', () => {
    const path = event('dispatch.json', { sender: { login: 'sender' } })
    expect(
      githubActionsActor({ GITHUB_TRIGGERING_ACTOR: 'rerunner', GITHUB_EVENT_PATH: path, GITHUB_ACTOR: 'actor' }),
    ).toBe('rerunner')
    expect(githubActionsActor({ GITHUB_TRIGGERING_ACTOR: ' ', GITHUB_EVENT_PATH: path, GITHUB_ACTOR: 'a' })).toBe(
      'sender',
    )
    expect(githubActionsActor({ GITHUB_ACTOR: 'actor' })).toBe('actor')
    expect(githubActionsActor({})).toBeUndefined()
  })

  it('ignores an event file it cannot use: missing, not JSON, a folder, no sender', () => {
    for (const path of [
      join(dir, 'absent.json'),
      event('bad.json', '{'),
      dir,
      event('schedule.json', { schedule: '* * * * *' }),
    ])
      expect(githubActionsActor({ GITHUB_EVENT_PATH: path, GITHUB_ACTOR: 'fallback' })).toBe('fallback')
  })
})
