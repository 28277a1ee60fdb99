import { linkOutsideMessage } from './link-outside-message.ts'
import { readInside } from './read-inside.ts'

/** A repository file that exists but may not be read (a link out of the repository, a FIFO, too large). */
export class RepoFileError extends Error {
  override name = 'RepoFileError'
  /** The repository's content is the caller's input: faces answer exit code 2. */
  readonly usage = true
}

/**
 * The UTF-8 text of a small repository file, read only inside `root` (see readInside);
 * undefined when there is nothing there. A link out of the repository, a loop, a non-regular
 * file or a file over `maxBytes` throws RepoFileError naming `path`, never the link's target.
 */
export function readRepoText(root: string, path: string, maxBytes: number): string | undefined {
  const read = readInside(root, path, { maxBytes })
  switch (read.kind) {
    case 'bytes':
      return read.bytes.toString('utf8')
    case 'missing':
      return undefined
    case 'outside':
      throw new RepoFileError(linkOutsideMessage(path))
    case 'loop':
      throw new RepoFileError(`${path} is a symbolic link loop: expected a regular file`)
    case 'not-a-file':
      throw new RepoFileError(`${path} is a ${read.type}, not a regular file: it was not read`)
    case 'too-large':
      throw new RepoFileError(`${path} is ${read.size} bytes, over the ${maxBytes}-byte limit: it was not read`)
    case 'error':
      throw new RepoFileError(`${path} could not be read (${read.code})`)
  }
}
