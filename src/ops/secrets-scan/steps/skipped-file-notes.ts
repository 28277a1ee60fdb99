import type { SkipReason, TreeScanResult } from './scan-tree.ts'

const WHY: Record<SkipReason, string> = {
  binary: 'binary content (images, archives, compiled files: many NUL or control bytes)',
  lockfile: 'generated dependency lockfiles (recognised by their first lines)',
  unreadable: 'could not be read',
}

/**
 * Summary lines for files the tree walk did not scan, one per reason, with the first names:
 * a scan never reports a clean result without saying what it did not read.
 */
export function skippedFileNotes(
  r: Pick<TreeScanResult, 'skipped' | 'skippedCounts' | 'streamed' | 'utf16'>,
): string[] {
  const notes: string[] = []
  for (const reason of Object.keys(WHY) as SkipReason[]) {
    const n = r.skippedCounts[reason]
    if (n === 0) continue
    const names = r.skipped.filter((s) => s.reason === reason).map((s) => `\`${s.path.replaceAll('`', "'")}\``)
    const more = n > names.length ? ` and ${n - names.length} more` : ''
    notes.push(`${n} file${n === 1 ? '' : 's'} not scanned, ${WHY[reason]}: ${names.join(', ')}${more}.`)
  }
  if (r.streamed > 0)
    notes.push(
      `${r.streamed} large file${r.streamed === 1 ? ' was' : 's were'} scanned in streaming mode, chunk by chunk.`,
    )
  if (r.utf16 > 0) notes.push(`${r.utf16} UTF-16 file${r.utf16 === 1 ? ' was' : 's were'} decoded and scanned.`)
  return notes
}
