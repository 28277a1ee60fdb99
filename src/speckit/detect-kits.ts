import type { Finding } from '../op/report.ts'
import type { Kit, KitDoc } from './kit-types.ts'
import { makeFinding } from './make-finding.ts'

/** Folders and files near the places spec kits live, relative to the repo root. */
export interface RepoListing {
  dirs: ReadonlySet<string>
  files: ReadonlySet<string>
  /** Links met in kit folders that lead outside the repository (never followed). */
  outside?: ReadonlySet<string>
}

/** GitHub Spec Kit feature folders: `001-name` (3+ digits) or a `YYYYMMDD-HHMMSS-name` timestamp. */
export const featureDirName = /^(?:\d{3,}|\d{8}-\d{6})-[a-z0-9]+(?:-[a-z0-9]+)*$/
const fourFileNames = ['constitution', 'prd', 'plan', 'tasks'] as const

/**
 * Finds the kits to validate. Each path may be a repository or package root (with
 * `.specify/`, `specs/` or `spec/`), a `specs/` folder of features, a `spec/` folder of
 * four-file kits, one kit folder, or a single kit file. Without paths: every
 * `spec/<name>/` holding a kit file, every Spec Kit feature under `specs/`, and Spec Kit
 * packages of a monorepo (`apps/web/.specify` with `apps/web/specs/`).
 */
export function detectKits(listing: RepoListing, paths: readonly string[]): { kits: Kit[]; findings: Finding[] } {
  const kits: Kit[] = []
  const findings: Finding[] = []
  if (paths.length > 0) {
    for (const raw of paths) {
      const p = normalizeDir(raw)
      if (listing.files.has(p)) kits.push(fileKit(p))
      else if (!listing.dirs.has(p))
        findings.push(
          makeFinding({
            rule: 'spec-kit/missing-kit',
            path: p || '.',
            message: `spec kit folder ${p || '.'} does not exist (spec-kit.paths): fix the path or create the kit`,
          }),
        )
      else kitsAt(p)
    }
  } else {
    kitsAt('')
    for (const d of [...listing.dirs].sort())
      if (d.endsWith('/.specify') && !d.slice(0, -9).includes('/.')) specKitAt(d.slice(0, -'/.specify'.length))
  }
  findings.push(...duplicateNumbers(kits))
  return { kits, findings }

  function kitsAt(p: string): void {
    const base = baseOf(p)
    const children = childrenOf(listing, p)
    const isRoot =
      p === '' ||
      listing.dirs.has(join(p, '.specify')) ||
      listing.dirs.has(join(p, 'specs')) ||
      listing.dirs.has(join(p, 'spec'))
    if (isRoot) {
      fourFileKitsIn(join(p, 'spec'))
      specKitAt(p)
    } else if (featureDirName.test(base))
      kits.push(featureKit(p, join(parentOf(parentOf(p)), '.specify/memory/constitution.md'), listing))
    else if (base === 'specs' || children.some((c) => featureDirName.test(baseOf(c)))) specKitAt(parentOf(p), p)
    else if (!hasKitFile(p) && children.some(hasKitFile)) fourFileKitsIn(p)
    else kits.push(fourFileKit(p))
  }

  function hasKitFile(dir: string): boolean {
    return fourFileNames.some((n) => listing.files.has(`${dir}/${n}.md`))
  }

  function fourFileKitsIn(dir: string): void {
    for (const k of childrenOf(listing, dir)) if (hasKitFile(k)) kits.push(fourFileKit(k))
  }

  function specKitAt(root: string, specsDir = join(root, 'specs')): void {
    const features = childrenOf(listing, specsDir)
    const hasSpecify = listing.dirs.has(join(root, '.specify'))
    if (!hasSpecify && !features.some((f) => featureDirName.test(baseOf(f)))) return
    const constitution = join(root, '.specify/memory/constitution.md')
    let added = 0
    for (const f of features) {
      if (featureDirName.test(baseOf(f))) {
        kits.push(featureKit(f, constitution, listing))
        added++
      } else if (baseOf(f) !== 'checklists') {
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

/** Two feature folders with one number (`001-login`, `001-signup`) under the same `specs/`. */
function duplicateNumbers(kits: readonly Kit[]): Finding[] {
  const seen = new Map<string, string>()
  const findings: Finding[] = []
  for (const k of kits) {
    if (k.layout !== 'spec-kit') continue
    const m = /^(\d{3,})-/.exec(baseOf(k.root))
    if (!m) continue
    const key = `${parentOf(k.root)}/${Number(m[1])}`
    const first = seen.get(key)
    if (first === undefined) seen.set(key, k.root)
    else
      findings.push(
        makeFinding({
          rule: 'spec-kit/duplicate-feature-number',
          path: k.root,
          message: `feature number ${m[1]} is used by ${first} and ${k.root}: Spec Kit numbers features (and their branches) uniquely; renumber one`,
        }),
      )
  }
  return findings
}

/** One file given as the kit: checked on its own, its role taken from its name. */
function fileKit(path: string): Kit {
  const name = baseOf(path).toLowerCase()
  const role: KitDoc['role'] = name.includes('constitution')
    ? 'constitution'
    : name.includes('prd')
      ? 'prd'
      : name === 'spec.md'
        ? 'spec'
        : name.includes('plan')
          ? 'plan'
          : 'tasks'
  return { layout: 'file', root: path, docs: [doc(role, path, 'failure')] }
}

// like a Spec Kit feature, a kit without its plan or tasks yet is unfinished, not broken
function fourFileKit(root: string): Kit {
  return {
    layout: 'four-file',
    root,
    docs: fourFileNames.map((n) =>
      doc(n, join(root, `${n}.md`), n === 'plan' || n === 'tasks' ? 'warning' : 'failure'),
    ),
  }
}

// plan.md and tasks.md come from later Spec Kit steps: a feature without them is unfinished, not broken
function featureKit(root: string, constitution: string, listing: RepoListing): Kit {
  const checklists = [...listing.files].filter((f) => f.startsWith(`${root}/checklists/`) && f.endsWith('.md')).sort()
  return {
    layout: 'spec-kit',
    root,
    docs: [
      doc('constitution', constitution, 'failure'),
      doc('spec', join(root, 'spec.md'), 'failure'),
      doc('plan', join(root, 'plan.md'), 'warning'),
      doc('tasks', join(root, 'tasks.md'), 'warning'),
      ...checklists.map((c) => doc('checklist', c, 'warning')),
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
