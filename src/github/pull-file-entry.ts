/** One entry of `GET /repos/{owner}/{repo}/pulls/{n}/files` (a `diff-entry`), the fields oda reads. */
export interface PullFileEntry {
  filename: string
  status: string
  /** Lines added plus lines removed. */
  changes: number
  /** The file's diff hunks; GitHub leaves it out for binary files and for very large diffs. */
  patch?: string
  previousFilename?: string
}

/** The entries of one page of the API answer; anything not shaped like a diff-entry is skipped. */
export function readPullFileEntries(data: unknown): PullFileEntry[] {
  if (!Array.isArray(data)) return []
  const out: PullFileEntry[] = []
  for (const f of data as unknown[]) {
    if (typeof f !== 'object' || f === null) continue
    const r = f as Record<string, unknown>
    if (typeof r.filename !== 'string') continue
    out.push({
      filename: r.filename,
      status: typeof r.status === 'string' ? r.status : 'modified',
      changes: typeof r.changes === 'number' ? r.changes : 0,
      ...(typeof r.patch === 'string' ? { patch: r.patch } : {}),
      ...(typeof r.previous_filename === 'string' ? { previousFilename: r.previous_filename } : {}),
    })
  }
  return out
}
