import { statSync } from 'node:fs'
import type { Finding } from '../op/report.ts'
import { linkOutsideMessage } from '../fs/link-outside-message.ts'
import { detectKits } from './detect-kits.ts'
import { makeFinding } from './make-finding.ts'
import { inspectKits, type InspectedKit, type InspectOptions } from './inspect-kits.ts'
import { listKitTree, readKitFiles } from './read-kit-tree.ts'
import { SpecKitPathError } from './spec-kit-path-error.ts'

/**
 * Validates the spec kits of a repository checkout: list the kit folders, detect the
 * layouts, read each file once (bounded), parse and check. `paths` empty means detect.
 */
export function inspectRepo(a: { root: string; paths: readonly string[]; options: InspectOptions }): {
  kits: InspectedKit[]
  findings: Finding[]
} {
  if (!isDirectory(a.root))
    throw new SpecKitPathError(
      `repository folder ${a.root} does not exist or is not a folder: pass the repository root as dir`,
    )
  const listing = listKitTree(a.root, a.paths)
  const detected = detectKits(listing, a.paths)
  const wanted = [...new Set(detected.kits.flatMap((k) => k.docs.map((d) => d.path)))]
  const files = readKitFiles(a.root, wanted, a.options.maxFileBytes)
  const result = inspectKits(detected.kits, files, a.options)
  // Links out of the repository that no kit file read reported (folders, files of no kit role).
  const links = [...(listing.outside ?? [])]
    .filter((path) => !files.has(path))
    .map((path) => makeFinding({ rule: 'spec-kit/link-outside', path, message: linkOutsideMessage(path) }))
  const findings = [...detected.findings, ...result.findings, ...links]
  // stable: by file, each file's findings in line order as the checks sorted them
  return { kits: result.kits, findings: findings.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0)) }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
