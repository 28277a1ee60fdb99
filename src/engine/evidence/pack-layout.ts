import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

/** Pack folders are `<root>/<UTC YYYYMMDD-HHMM>[-n]/<topic>/`. */
export const STAMP_PATTERN = /^(\d{8}-\d{4})(?:-([1-9]\d*))?$/
/** A topic is one plain folder name. */
export const TOPIC_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/
export const SUMS_FILE = 'SHA256SUMS'
export const JSON_FILE = 'evidence.json'
export const MD_FILE = 'VERIFICATION.md'

/** One pack found under a root, in chain order by (stamp, seq). */
export interface PackLocation {
  /** `<stampdir>/<topic>` with forward slashes. */
  rel: string
  dir: string
  topic: string
  stamp: string
  seq: number
}

/** UTC `YYYYMMDD-HHMM` of `when`. */
export function formatStamp(when: Date): string {
  const iso = when.toISOString()
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`
}

/** The stamp folder name for `stamp` and sequence `seq` (1 = no suffix). */
export function stampDir(stamp: string, seq: number): string {
  return seq === 1 ? stamp : `${stamp}-${seq}`
}

/** Chain order: stamp, then suffix, then topic. */
export function comparePacks(a: PackLocation, b: PackLocation): number {
  return a.stamp.localeCompare(b.stamp) || a.seq - b.seq || a.topic.localeCompare(b.topic)
}

/** Every pack folder under `root` (dot-entries, such as in-progress temp folders, are skipped). */
export async function listPacks(root: string): Promise<PackLocation[]> {
  const packs: PackLocation[] = []
  for (const s of await readdir(root, { withFileTypes: true }).catch(() => [])) {
    const m = STAMP_PATTERN.exec(s.name)
    if (!s.isDirectory() || !m || m[1] === undefined) continue
    for (const t of await readdir(join(root, s.name), { withFileTypes: true })) {
      if (!t.isDirectory() || t.name.startsWith('.')) continue
      packs.push({
        rel: `${s.name}/${t.name}`,
        dir: join(root, s.name, t.name),
        topic: t.name,
        stamp: m[1],
        seq: m[2] ? Number(m[2]) : 1,
      })
    }
  }
  return packs.sort(comparePacks)
}
