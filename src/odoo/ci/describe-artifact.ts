import { createHash } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { basename } from 'node:path'
import type { Artifact } from '../../op/report.ts'

/** Describes a file the run produced, with its size and SHA-256 (streamed, so a big log is fine). */
export async function describeArtifact(path: string, contentType: string): Promise<Artifact> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk)
  return { name: basename(path), path, contentType, sha256: hash.digest('hex'), bytes: statSync(path).size }
}
