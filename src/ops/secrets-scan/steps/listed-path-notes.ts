import type { TreeScanResult } from './scan-tree.ts'

const SHOWN = 20

/**
 * Summary lines for listed paths that were not scanned: absent ones (a PR deleting a file is
 * normal, so this is information, not a failure), ones resolving outside the repository
 * (refused, never read), non-regular files and unreadable ones (skipped, never opened).
 */
export function listedPathNotes(
  r: Pick<TreeScanResult, 'missing' | 'outside' | 'notFiles' | 'unreadable'> & { outsideLinks?: string[] },
): string[] {
  const notes: string[] = []
  const links = r.outsideLinks ?? []
  if (links.length > 0)
    notes.push(
      `${count(links.length, 'symbolic link leads', 'symbolic links lead')} outside the repository (directly or through a chain of links) and ${links.length === 1 ? 'was' : 'were'} not followed or read: ${list(links.map(code))}.`,
    )
  if (r.missing.length > 0)
    notes.push(
      `${count(r.missing.length, 'listed path does', 'listed paths do')} not exist (deleted or renamed) and ${r.missing.length === 1 ? 'was' : 'were'} not scanned: ${list(r.missing.map(code))}.`,
    )
  if (r.outside.length > 0)
    notes.push(
      `${count(r.outside.length, 'listed path resolves', 'listed paths resolve')} outside the repository (through a symlink) and ${r.outside.length === 1 ? 'was' : 'were'} refused, not read: ${list(r.outside.map(code))}.`,
    )
  if (r.notFiles.length > 0)
    notes.push(
      `${count(r.notFiles.length, 'listed path is', 'listed paths are')} not a regular file and ${r.notFiles.length === 1 ? 'was' : 'were'} skipped: ${list(r.notFiles.map((f) => `${code(f.path)} (${f.type})`))}.`,
    )
  if (r.unreadable.length > 0)
    notes.push(
      `${count(r.unreadable.length, 'listed path', 'listed paths')} could not be read and ${r.unreadable.length === 1 ? 'was' : 'were'} skipped: ${list(r.unreadable.map((f) => `${code(f.path)} (${f.code})`))}.`,
    )
  return notes
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

function code(p: string): string {
  return `\`${p.replaceAll('`', "'")}\``
}

function list(items: readonly string[]): string {
  const more = items.length > SHOWN ? ` and ${items.length - SHOWN} more` : ''
  return items.slice(0, SHOWN).join(', ') + more
}
