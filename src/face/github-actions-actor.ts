import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

// An event payload is a few KB; a push with thousands of commits stays far below this.
const MAX_EVENT_BYTES = 32 * 1024 * 1024

/**
 * Who started a GitHub Actions run: the user who re-ran it (`GITHUB_TRIGGERING_ACTOR`), else the
 * event's sender, else `GITHUB_ACTOR`. A re-run acts now for whoever clicked it, so that user's
 * permission is the one that counts.
 */
export function githubActionsActor(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return (
    nonEmpty(env['GITHUB_TRIGGERING_ACTOR']) ?? eventSender(env['GITHUB_EVENT_PATH']) ?? nonEmpty(env['GITHUB_ACTOR'])
  )
}

function eventSender(path: string | undefined): string | undefined {
  const event = readActionsEvent(path)
  const sender = isRecord(event) && isRecord(event['sender']) ? event['sender']['login'] : undefined
  return typeof sender === 'string' ? nonEmpty(sender) : undefined
}

/** The workflow's event payload (`GITHUB_EVENT_PATH`), or undefined when absent, too large or not JSON. */
export function readActionsEvent(path: string | undefined): unknown {
  if (!path) return undefined
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return undefined
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile() || st.size > MAX_EVENT_BYTES) return undefined
    const bytes = Buffer.alloc(st.size)
    readSync(fd, bytes, 0, st.size, 0)
    return JSON.parse(bytes.toString('utf8')) as unknown
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
