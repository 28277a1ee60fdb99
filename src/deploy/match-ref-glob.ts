/** Glob over a full ref name: `*` stays inside one path segment, `**` crosses segments. */
export function matchRefGlob(pattern: string, refName: string): boolean {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!
    if (ch === '*' && pattern[i + 1] === '*') {
      source += '.*'
      i++
    } else if (ch === '*') source += '[^/]*'
    else if (ch === '?') source += '[^/]'
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`).test(refName)
}

/** Whether a resolved ref may be deployed: any glob matches, or no globs are configured. */
export function isRefAllowed(allowed: readonly string[], fullName: string): boolean {
  return allowed.length === 0 || allowed.some((p) => matchRefGlob(p, fullName))
}
