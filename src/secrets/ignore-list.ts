/** Thrown when `.oda-secrets-ignore` has a line that is neither a fingerprint nor a hash. */
export class SecretsIgnoreError extends Error {
  override name = 'SecretsIgnoreError'
  /** Bad input from the caller: faces answer exit code 2. */
  readonly usage = true
  readonly file: string
  readonly line: number
  constructor(file: string, line: number, text: string) {
    super(
      `${file}:${line}:1: "${text.slice(0, 80)}" is not an ignore entry; expected "rule-id:path:hash" (a finding's fingerprint) or "sha256:hash" (a value allowed everywhere)`,
    )
    this.file = file
    this.line = line
  }
}

/** Parsed `.oda-secrets-ignore`: fingerprints (rule:path:hash) and bare content hashes. */
export interface IgnoreList {
  fingerprints: ReadonlySet<string>
  hashes: ReadonlySet<string>
}

const HASH = /^[0-9a-f]{12,64}$/

/**
 * Parses an ignore file. One entry a line; `#` starts a comment. An entry is a finding's
 * fingerprint (`rule-id:path:hash`, as printed in reports) or `sha256:<hash>` to allow a
 * value wherever it occurs. Both match by content hash, so moving a line keeps the ignore.
 */
export function parseIgnoreList(text: string, file = '.oda-secrets-ignore'): IgnoreList {
  const fingerprints = new Set<string>()
  const hashes = new Set<string>()
  text.split(/\r?\n/).forEach((raw, i) => {
    const entry = raw.replace(/\s#.*$/, '').trim()
    if (entry === '' || entry.startsWith('#')) return
    if (entry.startsWith('sha256:') && HASH.test(entry.slice(7))) {
      hashes.add(entry.slice(7))
      return
    }
    const first = entry.indexOf(':')
    const last = entry.lastIndexOf(':')
    if (first > 0 && last > first && HASH.test(entry.slice(last + 1))) {
      fingerprints.add(entry)
      return
    }
    throw new SecretsIgnoreError(file, i + 1, entry)
  })
  return { fingerprints, hashes }
}

/** True when the ignore list allows a finding with this fingerprint and content hash. */
export function isIgnored(list: IgnoreList, fingerprint: string, hash: string): boolean {
  if (list.hashes.has(hash)) return true
  for (const h of list.hashes) if (hash.startsWith(h)) return true
  return list.fingerprints.has(fingerprint)
}
