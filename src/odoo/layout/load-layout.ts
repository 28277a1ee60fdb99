import { basename, isAbsolute, join, resolve } from 'node:path'
import type { Finding } from '../../op/report.ts'
import { addonsCatalogSchema, mountsFileSchema } from './addons-catalog-schema.ts'
import type { AddonsCatalog, Mount } from './addons-catalog-schema.ts'
import { loadJsonConfig } from './load-json-config.ts'
import { toPosixRelative } from './to-posix-relative.ts'

/** A listed repo with its folder resolved and the source position of everything it declares. */
export interface ResolvedRepo {
  name: string
  url: string
  branch: string
  /** Folder relative to the repository root. */
  path: string
  line: number
  column: number
  modules: { name: string; line: number; column: number }[]
}

/** A mount with its position in addons.manifest.json. */
export interface ResolvedMount extends Mount {
  line: number
  column: number
}

/** What the two JSON files say, or the findings that explain why they could not be read. */
export interface Layout {
  catalog?: AddonsCatalog
  repos: ResolvedRepo[]
  /** Undefined when addons.manifest.json does not exist. */
  mounts?: ResolvedMount[]
  /** The project's own addons folder (`roots.ipai_root`). */
  customRoot: string
  findings: Finding[]
  catalogMissing: boolean
}

/**
 * Reads `config/addons_manifest.oca_ipai.json` and `addons.manifest.json` (names configurable)
 * with zod, mapping each schema error to file:line:column, and resolves repo folders
 * (`path`, else `<roots.oca_root>/<repo name>`).
 */
export function loadLayout(args: { root: string; reposFile: string; mountsFile: string }): Layout {
  const findings: Finding[] = []
  const cat = loadJsonConfig({
    root: args.root,
    abs: resolve(args.root, args.reposFile),
    display: args.reposFile,
    schema: addonsCatalogSchema,
    ruleId: 'manifest/config-invalid',
  })
  const repos: ResolvedRepo[] = []
  let catalog: AddonsCatalog | undefined
  if (cat.ok) {
    catalog = cat.value
    const at = (pointer: string): { line: number; column: number } =>
      cat.positions.get(pointer) ?? { line: 1, column: 1 }
    catalog.repos.forEach((r, i) => {
      const path = toPosixRelative(
        args.root,
        resolve(args.root, r.path ?? join(catalog?.roots.oca_root ?? 'vendor/oca', basename(r.name))),
      )
      if (isOutside(path)) {
        findings.push(outside(args.reposFile, at(`/repos/${i}`), `repo ${r.name}`, path))
        return
      }
      repos.push({
        name: r.name,
        url: r.url,
        branch: r.branch,
        path,
        ...at(`/repos/${i}`),
        modules: r.modules.map((m, k) => ({ name: m, ...at(`/repos/${i}/modules/${k}`) })),
      })
    })
  } else if (!cat.missing) {
    for (const f of cat.findings) findings.push(f)
  }
  const mnt = loadJsonConfig({
    root: args.root,
    abs: resolve(args.root, args.mountsFile),
    display: args.mountsFile,
    schema: mountsFileSchema,
    ruleId: 'manifest/config-invalid',
  })
  let mounts: ResolvedMount[] | undefined
  if (mnt.ok) {
    mounts = []
    mnt.value.mounts.forEach((m, i) => {
      const pos = mnt.positions.get(`/mounts/${i}`) ?? { line: 1, column: 1 }
      const path = toPosixRelative(args.root, resolve(args.root, m.path))
      if (isOutside(path)) findings.push(outside(args.mountsFile, pos, `mount ${m.path}`, path))
      else mounts?.push({ ...m, ...pos })
    })
  } else if (!mnt.missing) for (const f of mnt.findings) findings.push(f)
  return {
    catalog,
    repos,
    mounts,
    customRoot: catalog?.roots.ipai_root ?? 'addons',
    findings,
    catalogMissing: !cat.ok && cat.missing,
  }
}

/** True for a path (relative to the repository root) that leaves the repository. */
export function isOutside(rel: string): boolean {
  return rel === '..' || rel.startsWith('../') || isAbsolute(rel)
}

// A PR must not make the check read folders outside its own checkout.
function outside(file: string, pos: { line: number; column: number }, what: string, path: string): Finding {
  return {
    path: file,
    ...pos,
    level: 'failure',
    ruleId: 'manifest/path-outside-repo',
    message: `${what} points outside the repository (${path}); paths must stay inside the checkout`,
  }
}
