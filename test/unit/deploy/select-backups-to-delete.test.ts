import { describe, expect, it } from 'vitest'
import { selectBackupsToDelete, type BackupEntry } from '../../../src/deploy/select-backups-to-delete.ts'

const b = (iso: string): BackupEntry => ({ name: iso, takenAt: new Date(iso) })
const none = { daily: 0, weekly: 0, monthly: 0, days: 0 }

describe('selectBackupsToDelete', () => {
  // Two backups a day for 60 days.
  const all = Array.from({ length: 120 }, (_, i) =>
    b(new Date(Date.UTC(2026, 0, 1, 2 + (i % 2) * 12) + Math.floor(i / 2) * 86_400_000).toISOString()),
  )
  const now = new Date('2026-03-02T00:00:00Z')

  it('keeps the newest backup of each of the last N days', () => {
    const { keep } = selectBackupsToDelete(all, { ...none, daily: 7 }, now)
    expect(keep).toHaveLength(7)
    expect(keep.every((k) => k.takenAt.getUTCHours() === 14)).toBe(true)
    expect(new Set(keep.map((k) => k.name.slice(0, 10))).size).toBe(7)
  })
  it('combines daily, weekly and monthly; a backup kept by any rule is kept', () => {
    const { keep, remove } = selectBackupsToDelete(all, { daily: 7, weekly: 4, monthly: 3, days: 0 }, now)
    expect(keep.length).toBeGreaterThan(7)
    expect(keep.length).toBeLessThanOrEqual(14)
    expect(keep.length + remove.length).toBe(120)
    expect(new Set(keep.map((k) => k.name.slice(0, 7)))).toEqual(new Set(['2026-03', '2026-02', '2026-01']))
  })
  it('keeps everything younger than N days', () => {
    const { keep } = selectBackupsToDelete(all, { ...none, days: 3 }, now)
    expect(keep.every((k) => now.getTime() - k.takenAt.getTime() < 3 * 86_400_000)).toBe(true)
    expect(keep).toHaveLength(6)
  })
  it('always keeps the newest backup, even with every rule at zero', () => {
    const { keep } = selectBackupsToDelete(all, none, now)
    expect(keep.map((k) => k.name)).toEqual(['2026-03-01T14:00:00.000Z'])
  })
  it('handles an empty list', () => {
    expect(selectBackupsToDelete([], { daily: 7, weekly: 4, monthly: 3, days: 0 }, now)).toEqual({
      keep: [],
      remove: [],
    })
  })
})
