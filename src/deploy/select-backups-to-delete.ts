/** A backup file as listed on the target. */
export interface BackupEntry {
  name: string
  takenAt: Date
}

/** Retention rules; a backup is kept when any rule keeps it. */
export interface Retention {
  daily: number
  weekly: number
  monthly: number
  days: number
}

/**
 * Splits backups into keep and delete: the newest backup of each of the last `daily` days,
 * `weekly` ISO weeks and `monthly` months (counting only periods that have a backup, as
 * restic and borg do), plus everything younger than `days` days. The newest backup is
 * always kept, whatever the rules say.
 */
export function selectBackupsToDelete(
  backups: readonly BackupEntry[],
  r: Retention,
  now: Date,
): { keep: BackupEntry[]; remove: BackupEntry[] } {
  const sorted = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
  const keep = new Set<BackupEntry>()
  if (sorted[0]) keep.add(sorted[0])
  const byPeriod = (count: number, key: (d: Date) => string): void => {
    const seen = new Set<string>()
    for (const b of sorted) {
      if (seen.size >= count) break
      const k = key(b.takenAt)
      if (seen.has(k)) continue
      seen.add(k)
      keep.add(b)
    }
  }
  byPeriod(r.daily, (d) => d.toISOString().slice(0, 10))
  byPeriod(r.weekly, isoWeek)
  byPeriod(r.monthly, (d) => d.toISOString().slice(0, 7))
  if (r.days > 0) for (const b of sorted) if (now.getTime() - b.takenAt.getTime() < r.days * 86_400_000) keep.add(b)
  return { keep: sorted.filter((b) => keep.has(b)), remove: sorted.filter((b) => !keep.has(b)) }
}

function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
  const day = t.getUTCDay() || 7
  t.setUTCDate(t.getUTCDate() + 4 - day)
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${t.getUTCFullYear()}-W${week}`
}
