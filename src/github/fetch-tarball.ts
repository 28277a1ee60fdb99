import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { GitHubClient } from '../op/github-client.ts'

/**
 * Downloads the tarball of commit `sha` into `cacheDir`, once per SHA: a commit's content never
 * changes, so a second check run or a rerun on the same head reuses the file. The body is
 * streamed to disk (repositories can be large) and renamed into place only when complete.
 */
export async function fetchTarball(o: {
  client: GitHubClient
  owner: string
  repo: string
  sha: string
  cacheDir: string
}): Promise<string> {
  if (!/^[0-9a-f]{40}$/i.test(o.sha)) throw new Error(`fetchTarball: "${o.sha}" is not a full commit SHA`)
  const dir = join(o.cacheDir, safe(o.owner), safe(o.repo))
  const file = join(dir, `${o.sha}.tar.gz`)
  if (existsSync(file)) return file
  mkdirSync(dir, { recursive: true })
  const part = `${file}.${process.pid}.${Date.now()}.part`
  try {
    const res = await o.client.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
      owner: o.owner,
      repo: o.repo,
      ref: o.sha,
      request: { parseSuccessResponseBody: false },
    })
    await pipeline(toNodeStream(res.data), createWriteStream(part))
    renameSync(part, file)
  } finally {
    rmSync(part, { force: true })
  }
  return file
}

function toNodeStream(body: unknown): Readable {
  if (body instanceof Readable) return body
  if (body instanceof ArrayBuffer) return Readable.from([Buffer.from(body)])
  if (body instanceof WebReadableStream) return Readable.fromWeb(body)
  throw new Error('GitHub answered the tarball request without a body')
}

function safe(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_')
}
