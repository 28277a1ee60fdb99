import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Absolute path of `relative` (from the package root), found by walking up from this
 * module. It works from src/sim/ when run as TypeScript and from dist/ once bundled into
 * one file, where `import.meta.url` is the bundle's.
 */
export function findPackagePath(relative: string): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, relative)
    if (existsSync(candidate)) return candidate
    const up = dirname(dir)
    if (up === dir)
      throw new Error(
        `${relative} not found above ${dirname(fileURLToPath(import.meta.url))}; is the oda package complete?`,
      )
    dir = up
  }
}
