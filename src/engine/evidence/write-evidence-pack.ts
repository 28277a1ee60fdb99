import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Redactor } from '../../log/redactor.ts'
import type { EvidenceJson, EvidenceLink, EvidenceRecord } from './evidence-record.ts'
import { EvidenceError } from './evidence-error.ts'
import { formatStamp, JSON_FILE, listPacks, MD_FILE, stampDir, SUMS_FILE, TOPIC_PATTERN } from './pack-layout.ts'
import { copyArtifacts } from './copy-artifacts.ts'
import { renderVerification } from './render-verification.ts'
import { formatSums, sha256 } from './sha256-sums.ts'
import { withTopicLock } from './topic-lock.ts'

export interface WriteEvidencePackOptions {
  /** Evidence root, e.g. `docs/evidence`; created when missing. */
  root: string
  /** Folder name of the pack inside its stamp folder, e.g. the check name. */
  topic: string
  /** Time the pack is filed under (UTC minute). */
  when: Date
  record: EvidenceRecord
  /** Every byte written passes through it. */
  redactor: Redactor
  /** Folder relative artifact paths resolve against (default: the process's cwd). */
  artifactsBase?: string
}

/**
 * Writes `<root>/<UTC YYYYMMDD-HHMM>/<topic>/` with VERIFICATION.md, evidence.json, the
 * artifacts and SHA256SUMS, linked to the newest earlier pack of the topic, and returns
 * where it went and its digest (sha256 of SHA256SUMS). A second pack in the same minute
 * goes to `<stamp>-2/<topic>/`, then `-3`... The pack is built in a temporary folder and
 * renamed into place, so a reader never sees half a pack.
 * @example const { dir, digest } = await writeEvidencePack({ root: 'docs/evidence', topic: 'manifest', when: new Date(), record, redactor })
 */
export async function writeEvidencePack(contents: WriteEvidencePackOptions): Promise<{ dir: string; digest: string }> {
  const root = resolve(contents.root)
  if (!TOPIC_PATTERN.test(contents.topic))
    throw new EvidenceError(
      root,
      `topic ${JSON.stringify(contents.topic)} must be one folder name: letters, digits, . _ -, not starting with . or -`,
    )
  if (Number.isNaN(contents.when.getTime())) throw new EvidenceError(root, '`when` is not a valid date')
  await mkdir(root, { recursive: true })
  return withTopicLock(root, contents.topic, async () => {
    const stamp = formatStamp(contents.when)
    const newest = (await listPacks(root)).filter((p) => p.topic === contents.topic).at(-1)
    if (newest && stamp < newest.stamp) {
      throw new EvidenceError(
        root,
        `the newest ${contents.topic} pack is ${newest.rel}, later than ${stamp}: packs are only appended, so a pack cannot be filed before it (check the clock)`,
      )
    }
    const seq = newest && newest.stamp === stamp ? newest.seq + 1 : 1
    const rel = `${stampDir(stamp, seq)}/${contents.topic}`
    let previous: EvidenceLink | null = null
    if (newest) {
      const sums = await readFile(join(newest.dir, SUMS_FILE)).catch(() => undefined)
      if (!sums)
        throw new EvidenceError(
          newest.dir,
          `has no ${SUMS_FILE}, so the chain cannot be continued; run oda evidence verify ${root}`,
        )
      previous = { path: newest.rel, digest: sha256(sums) }
    }
    const tmp = await mkdtemp(join(root, `.tmp-${contents.topic}-`))
    try {
      const digest = await fillPack({ dir: tmp, rel, previous, o: contents })
      await mkdir(join(root, stampDir(stamp, seq)), { recursive: true })
      await rename(tmp, join(root, rel))
      return { dir: join(root, rel), digest }
    } catch (error) {
      await rm(tmp, { recursive: true, force: true })
      throw error
    }
  })
}

async function fillPack(p: {
  dir: string
  rel: string
  previous: EvidenceLink | null
  o: WriteEvidencePackOptions
}): Promise<string> {
  const { record, redactor, topic, when } = p.o
  const artifacts = await copyArtifacts({
    packDir: p.dir,
    artifacts: record.artifacts,
    base: p.o.artifactsBase ?? process.cwd(),
    redactor,
  })
  const { commit, artifacts: _sources, ...facts } = record
  const json: EvidenceJson = redactor.redactValue({
    schemaVersion: 1,
    kind: 'oda-evidence-pack',
    topic,
    path: p.rel,
    writtenAt: when.toISOString(),
    ...facts,
    commit: commit ?? null,
    artifacts,
    previous: p.previous,
  })
  const files = new Map<string, string>()
  // A second pass over the finished text catches secrets in keys, which redactValue leaves alone.
  const jsonText = redactor.redact(JSON.stringify(json, null, 2) + '\n')
  const mdText = redactor.redact(renderVerification(json))
  await writeFile(join(p.dir, JSON_FILE), jsonText)
  await writeFile(join(p.dir, MD_FILE), mdText)
  files.set(JSON_FILE, sha256(jsonText))
  files.set(MD_FILE, sha256(mdText))
  for (const a of artifacts) if (!('missing' in a)) files.set(a.file, a.sha256)
  const sums = formatSums(files)
  await writeFile(join(p.dir, SUMS_FILE), sums)
  return sha256(sums)
}
