import { resolve } from 'node:path'
import type { RecordedEvidence } from '../store/store.ts'
import type { EvidenceProblem } from './evidence-record.ts'

/**
 * Compares the packs found in a folder with what the run store recorded when runs wrote them.
 * A pack's own sums and its chain cannot show the newest pack deleted, nor the last packs
 * edited and every digest re-computed ("resealed"); the store's digest, written at run time,
 * can. `found` maps each pack's absolute folder to the digest of its SHA256SUMS now.
 */
export function checkAgainstRecords(o: {
  found: ReadonlyMap<string, string | undefined>
  records: readonly RecordedEvidence[]
}): { problems: EvidenceProblem[]; recorded: number; unrecorded: number } {
  const problems: EvidenceProblem[] = []
  // One pack folder, one writer; should a path be recorded twice, the newest record counts.
  const byPath = new Map<string, RecordedEvidence>()
  for (const r of o.records) byPath.set(resolve(r.path), r)
  for (const [path, r] of byPath) {
    if (!o.found.has(path)) {
      problems.push({
        path,
        code: 'recorded_missing',
        message: `run ${r.runId} wrote this pack on ${r.createdAt} (the run store has its digest ${r.digest}), but it is missing (deleted?)`,
      })
      continue
    }
    const now = o.found.get(path)
    if (now !== r.digest)
      problems.push({
        path,
        code: 'recorded_mismatch',
        message: `run ${r.runId} recorded digest ${r.digest} for this pack when it wrote it, but its SHA256SUMS now hashes to ${now ?? '(missing)'} (edited, and resealed if no other problem shows)`,
      })
  }
  let unrecorded = 0
  for (const path of o.found.keys()) if (!byPath.has(path)) unrecorded++
  return { problems, recorded: byPath.size, unrecorded }
}
