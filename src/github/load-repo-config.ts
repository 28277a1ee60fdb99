import { ConfigError } from '../config/config-error.ts'
import { issueAt, parseConfigText, validateConfigChain, type ParsedFile } from '../config/load-config.ts'
import type { OdaConfig } from '../config/schema.ts'
import { readRepoFile } from './read-repo-file.ts'
import type { CheckRunClient } from './write-check-run.ts'

/** Where the App reads a repository's config (always on the default branch). */
export const REPO_CONFIG_PATH = '.github/oda.yml'

/**
 * Loads `.github/oda.yml` from the repository's default branch through the contents API, never
 * from a PR head: a pull request must not loosen its own checks. Follows `_extends` the Probot
 * way (`repo`, `owner/repo` or `owner/repo:path`; the org's `.github` repo when the value is
 * `.github`). A repository without the file inherits the org's `.github` repo's file, if any.
 * Throws ConfigError with file:line:column for YAML or schema problems.
 */
export async function loadRepoConfig(o: {
  client: CheckRunClient
  owner: string
  repo: string
  knownOps?: readonly string[]
}): Promise<{ config: OdaConfig; files: string[] }> {
  const chain: ParsedFile[] = []
  let target: { owner: string; repo: string; path: string } | undefined = {
    owner: o.owner,
    repo: o.repo,
    path: REPO_CONFIG_PATH,
  }
  let text = await readRepoFile({ client: o.client, ...target })
  if (text === undefined && o.repo !== '.github') {
    target = { owner: o.owner, repo: '.github', path: REPO_CONFIG_PATH }
    text = await readRepoFile({ client: o.client, ...target })
  }
  while (target && text !== undefined) {
    const file = `${target.owner}/${target.repo}:${target.path}`
    if (chain.some((c) => c.file === file))
      throw new ConfigError([
        {
          file: chain[0]?.file ?? file,
          line: 1,
          column: 1,
          path: '_extends',
          message: `_extends cycle: ${[...chain.map((c) => c.file), file].join(' -> ')}`,
        },
      ])
    const source = parseConfigText(file, text)
    chain.push(source)
    const ext = (source.value as Record<string, unknown>)['_extends']
    if (ext === undefined) break
    if (typeof ext !== 'string')
      throw new ConfigError([
        issueAt(source, ['_extends'], 'expected "repo", "owner/repo" or "owner/repo:path" to inherit from'),
      ])
    target = parseExtends(ext, target.owner)
    text = await readRepoFile({ client: o.client, ...target })
    if (text === undefined)
      throw new ConfigError([
        issueAt(
          source,
          ['_extends'],
          `extends ${ext}, but ${target.owner}/${target.repo}:${target.path} does not exist on its default branch`,
        ),
      ])
  }
  // Same merge, validation and file:line:column messages as the CLI's loader.
  return validateConfigChain(chain, '', { knownOps: o.knownOps })
}

/** `_extends` value -> where to read it: `repo`, `owner/repo`, `owner/repo:path`. */
export function parseExtends(value: string, defaultOwner: string): { owner: string; repo: string; path: string } {
  const [repoPart, path] = value.split(':', 2)
  const [a, b] = (repoPart ?? '').split('/', 2)
  const owner = b === undefined ? defaultOwner : (a ?? defaultOwner)
  const repo = b === undefined ? (a ?? '') : b
  return { owner, repo, path: path && path.length > 0 ? path : REPO_CONFIG_PATH }
}
