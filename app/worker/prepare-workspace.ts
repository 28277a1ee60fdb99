import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { extractTarball } from '../../src/github/extract-tarball.ts'
import { fetchTarball } from '../../src/github/fetch-tarball.ts'
import type { GitHubClient } from '../../src/op/github-client.ts'

/** Tarballs kept in the cache; the oldest beyond this are removed. */
const CACHE_KEEP = 32

/** An unpacked commit, private to one job attempt; `dispose` removes it. */
export interface Workspace {
  dir: string
  dispose(): void
}

/**
 * Fetches the commit as a tarball (cached by SHA under `<dataDir>/tarballs`) and unpacks it
 * into a folder of its own under `workDir`, so concurrent jobs never share files. The work
 * dir is outside the data dir: repository code (run as the sandbox user) reads its checkout
 * there, while the data dir stays closed to it.
 */
export async function prepareWorkspace(o: {
  client: GitHubClient
  owner: string
  repo: string
  sha: string
  dataDir: string
  workDir: string
  name: string
  signal?: AbortSignal
}): Promise<Workspace> {
  const cacheDir = join(o.dataDir, 'tarballs')
  const file = await fetchTarball({ client: o.client, owner: o.owner, repo: o.repo, sha: o.sha, cacheDir })
  const dir = join(o.workDir, o.name.replace(/[^A-Za-z0-9._-]/g, '_'))
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  try {
    await extractTarball({ file, dest: dir, ...(o.signal ? { signal: o.signal } : {}) })
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  pruneCache(cacheDir)
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) }
}

function pruneCache(cacheDir: string): void {
  const files: { path: string; at: number }[] = []
  for (const owner of readdirSync(cacheDir)) {
    for (const repo of readdirSync(join(cacheDir, owner))) {
      for (const f of readdirSync(join(cacheDir, owner, repo))) {
        const path = join(cacheDir, owner, repo, f)
        if (f.endsWith('.tar.gz')) files.push({ path, at: statSync(path).mtimeMs })
      }
    }
  }
  files.sort((a, b) => b.at - a.at)
  for (const old of files.slice(CACHE_KEEP)) rmSync(old.path, { force: true })
}
