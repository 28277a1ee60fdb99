import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { JSON_FILE, MD_FILE, SUMS_FILE } from '../engine/evidence/pack-layout.ts'
import type { RunRecord } from '../engine/run-record.ts'

/** The files of a run's evidence pack the remote faces hand out (never a path the caller picks). */
export const EVIDENCE_FILES = [MD_FILE, JSON_FILE, SUMS_FILE] as const
export type EvidenceFile = (typeof EVIDENCE_FILES)[number]

/** One file of the run's evidence pack, or undefined when the run has no pack (or it was removed). */
export async function readEvidence(run: RunRecord, file: EvidenceFile): Promise<string | undefined> {
  if (!run.evidencePath) return undefined
  try {
    return await readFile(join(run.evidencePath, file), 'utf8')
  } catch {
    return undefined
  }
}
