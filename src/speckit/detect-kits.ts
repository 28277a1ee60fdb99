import type { Finding } from '../op/report.ts'
import type { Kit, KitDoc } from './kit-types.ts'
import { makeFinding } from './make-finding.ts'

/** Folders and files near the places spec kits live, relative to the repo root. */
export interface RepoListing {
  dirs: ReadonlySet<string>
  files: ReadonlySet<string>
}

/** GitHub Spec Kit feature folders: `001-name` (3+ digits) or a `YYYYMMDD-HHMMSS-name` timestamp. */
export const featureDirName = /^(?:\d{3,}|\d{8}-\d{6})-[a-z0-9]+(?:-[a-z0-9]+)*$/
const fourFileNames = ['constitution', 'prd', 'plan', 'tasks'] as const

/**
 * Finds the kits to validate. With `paths`, each path is a kit folder (a four-file
 * kit, a repo or folder with `.specify/` + `specs/`, or one feature folder). Without,
 * every `spec/<name>/` holding a kit file and every Spec Kit feature under `specs/`.
 */
export function detectKits(listing: RepoListing, paths: readonly string[]): { kits: Kit[]; findings: Finding[] } {
  const kits: Kit[] = []
  const findings: Finding[] = []
  if (paths.length > 0) {
    for (const raw of paths) {
      const p = normalizeDir(raw)
      if (!listing.dirs.has(p)) {
        findings.push(
          makeFinding({
            rule: 'spec-kit/missing-kit',
            path: p || '.',
            message: `spec kit folder ${p || '.'} does not exist (spec-kit.paths): fix the path or create the kit`,
          }),
        )
        continue
      }
      const base = p.slice(p.lastIndexOf('/') + 1)
      if (listing.dirs.has(join(p, '.specify')) || listing.dirs.has(join(p, 'specs'))) specKitAt(p)
      else if (featureDirName.test(base))
        kits.push(featureKit(p, join(parentOf(parentOf(p)), '.specify/memory/constitution.md')))
      else kits.push(fourFileKit(p))
    }
    return { kits, findings }
  }
  for (const dir of childrenOf(listing, 'spec')) {
    if (fourFileNames.some((n) => listing.files.has(`${dir}/${n}.md`))) kits.push(fourFileKit(dir))
  }
  specKitAt('')
  return { kits, findings }

  function specKitAt(root: string): void {
    const features = childrenOf(listing, join(root, 'specs'))
    const hasSpecify = listing.dirs.has(join(root, '.specify'))
    if (!hasSpecify && !features.some((f) => featureDirName.test(baseOf(f)))) return
    const constitution = join(root, '.specify/memory/constitution.md')
    let added = 0
    for (const f of features) {
      if (featureDirName.test(baseOf(f))) {
        kits.push(featureKit(f, constitution))
        added++
      } else {
        findings.push(
          makeFinding({
            rule: 'spec-kit/feature-dir-name',
            path: f,
            message: `feature folder ${f} should be named NNN-short-name (e.g. 001-user-login) or YYYYMMDD-HHMMSS-short-name: it was not validated`,
          }),
        )
      }
    }
    if (added === 0)
      kits.push({
        layout: 'spec-kit',
        root: join(root, '.specify'),
        docs: [doc('constitution', constitution, 'failure')],
      })
  }
}

function fourFileKit(root: string): Kit {
  return { layout: 'four-file', root, docs: fourFileNames.map((n) => doc(n, join(root, `${n}.md`), 'failure')) }
}

// plan.md and tasks.md come from later Spec Kit steps: a feature without them is unfinished, not broken
function featureKit(root: string, constitution: string): Kit {
  return {
    layout: 'spec-kit',
    root,
    docs: [
      doc('constitution', constitution, 'failure'),
      doc('spec', join(root, 'spec.md'), 'failure'),
      doc('plan', join(root, 'plan.md'), 'warning'),
      doc('tasks', join(root, 'tasks.md'), 'warning'),
    ],
  }
}

function doc(role: KitDoc['role'], path: string, missingLevel: KitDoc['missingLevel']): KitDoc {
  return { role, path, missingLevel }
}

function childrenOf(listing: RepoListing, dir: string): string[] {
  const prefix = dir === '' ? '' : dir + '/'
  return [...listing.dirs]
    .filter((d) => d.startsWith(prefix) && d.length > prefix.length && !d.slice(prefix.length).includes('/'))
    .sort()
}

/** `./spec/oda/` -> `spec/oda`; `.` -> ''. */
export function normalizeDir(p: string): string {
  return p
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '')
    .replace(/^\.$/, '')
}

function join(a: string, b: string): string {
  return a === '' ? b : `${a}/${b}`
}

function parentOf(p: string): string {
  const i = p.lastIndexOf('/')
  return i < 0 ? '' : p.slice(0, i)
}

function baseOf(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1)
}
