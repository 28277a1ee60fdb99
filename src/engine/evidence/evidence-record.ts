import type { Face, TraceStep } from '../../op/context.ts'
import type { Conclusion, Finding } from '../../op/report.ts'
import type { PolicyDecision } from '../run-record.ts'

/** What a caller hands to writeEvidencePack: the facts of one run, before redaction. */
export interface EvidenceRecord {
  status: 'PASS' | 'FAIL'
  /** The op that ran (e.g. `manifest.verify`). */
  op: string
  title: string
  /** Markdown summary of the outcome. */
  summary: string
  /** Who ran it (GitHub login, local user, API key name). */
  actor: string
  /** The commit the run looked at, when known. */
  commit?: string
  /** ISO time the run started. */
  ranAt: string
  findings: readonly Finding[]
  trace: readonly TraceStep[]
  pdrs: readonly PolicyDecision[]
  /** The op's parsed input. */
  inputs: unknown
  /** Files to copy into the pack; a relative path resolves against `artifactsBase`. */
  artifacts: readonly { name: string; path: string }[]
  runId?: string
  face?: Face
  conclusion?: Conclusion
  /** Op-specific structured result (JSON only). */
  data?: unknown
}

/** One copied artifact as evidence.json lists it. */
export type EvidenceArtifact =
  | { name: string; file: string; sha256: string; bytes: number; redacted: boolean }
  | { name: string; missing: true; reason: string }

/** The link to the newest earlier pack of the same topic; `digest` = sha256 of its SHA256SUMS. */
export interface EvidenceLink {
  /** `<stamp>/<topic>`, relative to the evidence root, forward slashes. */
  path: string
  digest: string
}

/** The machine-readable evidence.json (schemaVersion 1). */
export interface EvidenceJson extends Omit<EvidenceRecord, 'artifacts' | 'commit'> {
  schemaVersion: 1
  kind: 'oda-evidence-pack'
  topic: string
  /** Where this pack sits under its root (`<stamp>/<topic>`); moving a pack is detected by it. */
  path: string
  /** ISO time the pack was written for (the `when` given). */
  writtenAt: string
  commit: string | null
  artifacts: EvidenceArtifact[]
  previous: EvidenceLink | null
}

/** One thing verifyEvidence found wrong. */
export interface EvidenceProblem {
  /** The file or pack concerned, under the directory that was verified. */
  path: string
  code:
    | 'not_found'
    | 'no_packs'
    | 'missing_sums'
    | 'bad_sums_line'
    | 'missing_file'
    | 'extra_file'
    | 'changed_file'
    | 'not_regular_file'
    | 'bad_evidence_json'
    | 'moved'
    | 'chain_missing'
    | 'chain_order'
    | 'chain_mismatch'
    | 'chain_broken'
    | 'recorded_missing'
    | 'recorded_mismatch'
  message: string
}

/** Result of verifyEvidence: how many packs were checked and every problem found. */
export interface EvidenceVerification {
  packs: number
  problems: EvidenceProblem[]
  /** Set when packs were compared with the run store: packs it recorded, and packs found that it did not. */
  store?: { recorded: number; unrecorded: number }
}
