import type { ConfigSource } from './config-source.ts'
import { readInside } from '../fs/read-inside.ts'
import { linkOutsideMessage } from '../fs/link-outside-message.ts'

/**
 * Config files of a checkout at `root` (CLI, Action), read only inside it: a symlink out of the
 * repository, a FIFO, a device or a file over the limit is refused unread. `org`, when given,
 * reads the organisation's `.github` repository (through the API); without it, `_extends` to it
 * is refused with `orgUnavailable` as the reason.
 */
export function diskConfigSource(
  root: string,
  o: {
    org?: Pick<ConfigSource, 'name' | 'read'>
    repository?: { owner: string; repo: string }
    orgUnavailable?: string
  } = {},
): ConfigSource {
  return {
    repository: o.repository,
    orgUnavailable: o.org ? undefined : (o.orgUnavailable ?? 'oda reads it only through the GitHub API'),
    name: (ref) => (ref.repo === 'org' && o.org ? o.org.name(ref) : ref.path),
    read: async (ref, maxBytes) => {
      if (ref.repo === 'org' && o.org) return o.org.read(ref, maxBytes)
      const read = readInside(root, ref.path, { maxBytes })
      switch (read.kind) {
        case 'bytes':
          return { kind: 'bytes', bytes: read.bytes }
        case 'missing':
          return { kind: 'missing' }
        case 'outside':
          return { kind: 'refused', reason: linkOutsideMessage(ref.path).replace(`${ref.path} `, '') }
        case 'too-large':
          return { kind: 'refused', reason: `is ${read.size} bytes, over the ${maxBytes}-byte limit of a config file` }
        case 'not-a-file':
          return { kind: 'refused', reason: `is a ${read.type}, not a regular file` }
        case 'loop':
          return { kind: 'refused', reason: 'is a loop of symbolic links' }
        default:
          return { kind: 'refused', reason: `cannot be read (${read.code})` }
      }
    },
  }
}
