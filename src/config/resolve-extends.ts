import { posix } from 'node:path'
import type { ConfigRef } from './config-ref.ts'
import type { ConfigSource } from './config-source.ts'

/**
 * The file an `_extends` value names, seen from the file `from` that holds it, or a message
 * saying why it is refused. One grammar for every face:
 * - `base.yml`, `../ci/oda.yml` (ends in `.yml`/`.yaml`, no `:`): a file of the same repository,
 *   relative to `from`;
 * - `.github`, `acme/.github`, `.github:path/oda.yml`: the organisation's `.github` repository
 *   (default path `.github/oda.yml`), the Probot convention;
 * - `shop:path` or `acme/shop:path`: a file of this repository by name.
 * Absolute paths, `..` out of a repository and any other repository are refused.
 */
export function resolveExtends(value: string, from: ConfigRef, source: ConfigSource): ConfigRef | string {
  const text = value.trim()
  if (text === '') return 'is empty; name a file (base.yml) or the organisation repository (.github)'
  if (/[\0\\]/.test(text)) return `"${text}" contains a backslash or NUL; use / between folders`
  if (isAbsolute(text)) return `"${text}" is an absolute path; name a file inside the repository, relative to this file`
  const colon = text.indexOf(':')
  const isPath = colon < 0 && /\.ya?ml$/i.test(text)
  const repoPart = isPath ? undefined : colon < 0 ? text : text.slice(0, colon)
  const pathPart = isPath ? text : colon < 0 ? undefined : text.slice(colon + 1)
  let repo: ConfigRef['repo'] = from.repo
  let base = posix.dirname(from.path)
  if (repoPart !== undefined) {
    const target = repositoryOf(repoPart, source)
    if ('refused' in target) return target.refused
    repo = target.repo
    base = ''
  }
  const path = pathPart === undefined || pathPart === '' ? '.github/oda.yml' : pathPart
  if (isAbsolute(path)) return `"${text}" is an absolute path; name a file inside the repository, relative to this file`
  const joined = posix.normalize(posix.join(base, path))
  if (joined === '..' || joined.startsWith('../'))
    return `"${text}" leads outside the repository; name a file inside it, relative to this file`
  if (joined === '.' || joined.endsWith('/')) return `"${text}" names a folder, not a config file`
  return { repo, path: joined }
}

function repositoryOf(text: string, source: ConfigSource): { repo: ConfigRef['repo'] } | { refused: string } {
  const parts = text.split('/')
  const [owner, name] = parts.length === 2 ? parts : [undefined, parts[0]]
  const own = source.repository
  const sameOwner = owner === undefined || own === undefined || owner.toLowerCase() === own.owner.toLowerCase()
  if (parts.length <= 2 && sameOwner) {
    if (name === '.github') return { repo: 'org' }
    if (own !== undefined && name?.toLowerCase() === own.repo.toLowerCase()) return { repo: 'self' }
  }
  return {
    refused: `may name a file of this repository or of the organisation's .github repository (".github" or ".github:path/oda.yml"), not "${text}"`,
  }
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[/\\]/.test(path)
}
