import { stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { EvidenceProblem, EvidenceVerification } from './evidence-record.ts'
import { JSON_FILE, listPacks, STAMP_PATTERN, SUMS_FILE } from './pack-layout.ts'
import type { PackLocation } from './pack-layout.ts'
import { checkPack } from './check-pack.ts'
import { checkAgainstRecords } from './check-against-records.ts'
import type { RecordedEvidence } from '../store/store.ts'
import type { CheckedPack } from './check-pack.ts'

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined
}

/**
 * Checks evidence: `dir` is one pack, one stamp folder, or a root holding many. Every file is checked
 * against its pack's SHA256SUMS, and each topic's chain link by link (each pack names
 * the path and digest of the pack before it), so a changed, added, removed, moved or
 * reordered file or pack shows up. Returns every problem with the path concerned;
 * an empty list means all is well. Deleting the newest pack of a topic, or editing the last
 * packs and recomputing every digest, leaves no trace in the folder itself: `records` (what the
 * run store kept when runs wrote packs at or under `dir`) catches both.
 */
export async function verifyEvidence(
  dir: string,
  o: { records?: readonly RecordedEvidence[] } = {},
): Promise<EvidenceVerification> {
  const found = new Map<string, string | undefined>()
  const result = await verifyFolder(resolve(dir), found)
  if (!o.records) return result
  // The run store's digests, written when each pack was: what the folder alone cannot show.
  const store = checkAgainstRecords({ found, records: o.records })
  return {
    ...result,
    problems: [...result.problems, ...store.problems],
    store: { recorded: store.recorded, unrecorded: store.unrecorded },
  }
}

async function verifyFolder(dir: string, found: Map<string, string | undefined>): Promise<EvidenceVerification> {
  if (!(await exists(dir))) return { packs: 0, problems: [{ path: dir, code: 'not_found', message: 'does not exist' }] }
  const single = (await exists(join(dir, SUMS_FILE))) || (await exists(join(dir, JSON_FILE)))
  if (single) {
    const stampFolder = dirname(dir)
    const inRoot = STAMP_PATTERN.test(basename(stampFolder))
    if (!inRoot) {
      const c = await checkPack(dir, dir)
      found.set(dir, c.digest)
      return { packs: 1, problems: c.problems }
    }
    // A pack inside its root: also check its link to the pack before it.
    const root = dirname(stampFolder)
    const rel = `${basename(stampFolder)}/${basename(dir)}`
    const mine = join(root, rel)
    const all = await verifyRoot(root, root)
    for (const [path, digest] of all.found) if (path === mine) found.set(path, digest)
    return { packs: 1, problems: all.problems.filter((p) => p.path === mine || p.path.startsWith(`${mine}/`)) }
  }
  if (STAMP_PATTERN.test(basename(dir))) {
    // One stamp folder of a root: its packs, each with its link to the pack before it.
    const root = dirname(dir)
    const mine = join(root, basename(dir))
    const all = await verifyRoot(root, root)
    for (const [path, digest] of all.found) if (path.startsWith(`${mine}/`)) found.set(path, digest)
    const packs = (await listPacks(root)).filter((p) => dirname(p.dir) === join(root, basename(dir))).length
    if (packs === 0)
      return {
        packs: 0,
        problems: [{ path: dir, code: 'no_packs', message: 'holds no evidence packs (<topic>/ folders)' }],
      }
    return { packs, problems: all.problems.filter((p) => p.path.startsWith(`${mine}/`)) }
  }
  const all = await verifyRoot(dir, dir)
  for (const [path, digest] of all.found) found.set(path, digest)
  return { packs: all.packs, problems: all.problems }
}

async function verifyRoot(
  root: string,
  show: string,
): Promise<EvidenceVerification & { found: Map<string, string | undefined> }> {
  const packs = await listPacks(root)
  const found = new Map<string, string | undefined>()
  if (packs.length === 0)
    return {
      found,
      packs: 0,
      problems: [
        { path: show, code: 'no_packs', message: 'holds no evidence packs (<UTC YYYYMMDD-HHMM>/<topic>/ folders)' },
      ],
    }
  const problems: EvidenceProblem[] = []
  const checked = new Map<string, CheckedPack>()
  for (const p of packs) {
    const c = await checkPack(p.dir, join(show, p.rel))
    checked.set(p.rel, c)
    found.set(join(show, p.rel), c.digest)
    problems.push(...c.problems)
    if (c.meta && (c.meta.path !== p.rel || c.meta.topic !== p.topic)) {
      problems.push({
        path: join(show, p.rel),
        code: 'moved',
        message: `evidence.json says this pack is ${c.meta.path} (topic ${c.meta.topic}), but it is at ${p.rel}`,
      })
    }
  }
  const topics = new Map<string, PackLocation[]>()
  for (const p of packs) topics.set(p.topic, [...(topics.get(p.topic) ?? []), p])
  for (const chain of topics.values()) problems.push(...checkChain(chain, checked, show))
  return { found, packs: packs.length, problems }
}

/** Each pack of one topic must link to exactly the pack before it, with that pack's current digest. */
function checkChain(chain: PackLocation[], checked: Map<string, CheckedPack>, show: string): EvidenceProblem[] {
  const problems: EvidenceProblem[] = []
  const rels = new Set(chain.map((p) => p.rel))
  chain.forEach((pack, i) => {
    const link = checked.get(pack.rel)?.meta?.previous
    if (link === undefined) return
    const before = chain[i - 1]
    const path = join(show, pack.rel)
    if (!before) {
      if (link)
        problems.push({
          path,
          code: 'chain_missing',
          message: `links to previous pack ${link.path}, which is missing (deleted?)`,
        })
      return
    }
    if (!link) {
      problems.push({ path, code: 'chain_broken', message: `starts a new chain, but ${before.rel} comes before it` })
    } else if (link.path !== before.rel) {
      problems.push(
        rels.has(link.path)
          ? {
              path,
              code: 'chain_order',
              message: `links to ${link.path}, but the pack before it is ${before.rel} (packs reordered or inserted)`,
            }
          : {
              path,
              code: 'chain_missing',
              message: `links to previous pack ${link.path}, which is missing (deleted?); the pack before it now is ${before.rel}`,
            },
      )
    } else if (link.digest !== checked.get(before.rel)?.digest) {
      problems.push({
        path,
        code: 'chain_mismatch',
        message: `records digest ${link.digest} for ${before.rel}, but that pack's SHA256SUMS now hashes to ${checked.get(before.rel)?.digest ?? '(missing)'}`,
      })
    }
  })
  return problems
}
