import type { Finding } from '../../op/report.ts'
import type { CoreAddons } from '../core-addons/core-addons-for.ts'
import { looksLikeCoreAddon } from '../core-addons/core-addons-for.ts'
import type { AddonsGraph } from '../graph/addons-graph.ts'
import { findCycles } from '../graph/find-cycles.ts'
import { describeAddon } from './addon-under-check.ts'
import type { AddonUnderCheck } from './addon-under-check.ts'
import { dictEntry, dictString, stringItems } from './dict-entry.ts'
import { licenseConflict } from './license-compatibility.ts'
import type { ExternalAddons } from '../layout/read-external-addons.ts'

const MATURE = new Set(['Production/Stable', 'Mature'])
const EARLY = new Set(['Alpha', 'Beta'])
// Odoo's default when a manifest has no license, and the license of Odoo Community itself.
const DEFAULT_LICENSE = 'LGPL-3'

/**
 * Dependency rules for the selected installable addons (Odoo never installs the others, so
 * their dependencies cannot break anything): every `depends` entry resolves (listed module,
 * addon on disk, core addon of the series, or an addon of another repository the repository
 * declares), targets are installable, licenses are compatible, a stable addon does not build
 * on an Alpha/Beta one, and there is no cycle.
 */
export function checkDependencies(args: {
  selected: readonly AddonUnderCheck[]
  onDisk: ReadonlyMap<string, AddonUnderCheck>
  listed: ReadonlyMap<string, { repo: string; branch: string }>
  external: ExternalAddons
  /** True when the repository has a catalog: then it is the one list of other repositories. */
  hasCatalog: boolean
  series: string
  core: CoreAddons
  graph: AddonsGraph
  reposFile: string
}): Finding[] {
  const findings: Finding[] = []
  for (const addon of args.selected) {
    if (!addon.installable) continue
    const who = describeAddon(addon)
    const license = dictString(addon.manifest, 'license') ?? DEFAULT_LICENSE
    const status = dictString(addon.manifest, 'development_status')
    for (const dep of stringItems(dictEntry(addon.manifest, 'depends')?.value) ?? []) {
      const add = (ruleId: string, message: string, level: Finding['level'] = 'failure'): void => {
        findings.push({
          path: addon.manifestPath,
          line: dep.line,
          column: dep.column,
          level,
          ruleId,
          message,
          properties: { addon: addon.name, dependency: dep.value },
        })
      }
      const target = args.onDisk.get(dep.value)
      const listing = args.listed.get(dep.value)
      const isCore = args.core.names.has(dep.value)
      if (!listing && !target && !isCore) {
        // A requirement (odoo-addon-<name>) says exactly where it comes from: known, nothing to report.
        if (args.external.required.has(dep.value)) continue
        const unresolved = unresolvedDependency({ ...args, who, dependency: dep.value })
        if (unresolved) add('manifest/depends-unresolved', unresolved.message, unresolved.level)
        continue
      }
      if (target && !listing && target.repo && !isCore) {
        add(
          'manifest/depends-unlisted',
          `${who} depends on ${dep.value}, which is in ${target.repo.name} (${target.dir}) but not in its modules: add "${dep.value}" to the modules of ${target.repo.name} in ${args.reposFile}`,
          'warning',
        )
      }
      if (!target) {
        const conflict = licenseConflict(license, DEFAULT_LICENSE)
        if (isCore && conflict)
          add(
            'manifest/license-compat',
            `${who} (${license}) depends on Odoo core addon ${dep.value} (${DEFAULT_LICENSE}): ${conflict}`,
          )
        continue
      }
      if (!target.installable) {
        add(
          'manifest/depends-not-installable',
          `${who} depends on ${describeAddon(target)}, which is not installable ("installable": False): Odoo will refuse to install ${addon.name}`,
        )
      }
      const targetLicense = dictString(target.manifest, 'license') ?? DEFAULT_LICENSE
      const conflict = licenseConflict(license, targetLicense)
      if (conflict)
        add(
          'manifest/license-compat',
          `${who} (${license}) depends on ${describeAddon(target)} (${targetLicense}): ${conflict}`,
        )
      const targetStatus = dictString(target.manifest, 'development_status')
      if (status !== undefined && targetStatus !== undefined && MATURE.has(status) && EARLY.has(targetStatus)) {
        add(
          'manifest/development-status-order',
          `${who} is ${status} but depends on ${describeAddon(target)}, which is only ${targetStatus}: lower ${addon.name}'s development_status or stabilise ${dep.value}`,
        )
      }
    }
  }
  const selected = new Set(args.selected.filter((a) => a.installable).map((a) => a.name))
  for (const cycle of findCycles(args.graph)) {
    if (!cycle.some((e) => selected.has(e.from))) continue
    const first = cycle.find((e) => selected.has(e.from)) ?? cycle[0]
    if (!first) continue
    const names = [...cycle.map((e) => e.from), cycle[0]?.from ?? '']
    findings.push({
      path: first.evidence.file,
      line: first.evidence.line,
      column: first.evidence.column,
      level: 'failure',
      ruleId: 'manifest/depends-cycle',
      message: `dependency cycle: ${names.join(' -> ')}; Odoo cannot install any of these addons: remove one of the dependencies`,
      properties: { cycle: names },
    })
  }
  return findings
}

/**
 * How to report a dependency found nowhere. With a catalog, the catalog must list it (failure).
 * Without one (an OCA repository), it comes from another repository: a notice when
 * oca_dependencies.txt names repositories it may come from, else a warning asking to declare it.
 * Localisation, test and theme addons may be core addons missing from the shipped list (warning).
 */
function unresolvedDependency(args: {
  who: string
  dependency: string
  external: ExternalAddons
  hasCatalog: boolean
  series: string
  core: CoreAddons
  reposFile: string
}): { message: string; level: Finding['level'] } | undefined {
  const { who, dependency } = args
  if (looksLikeCoreAddon(dependency) && args.core.origin !== 'source')
    return {
      level: 'warning',
      message: `${who} depends on ${dependency}, which is not in the shipped core list nor on disk; if it is an Odoo core addon, set manifest.odooSourcePath to an Odoo checkout so oda can confirm it`,
    }
  if (args.hasCatalog)
    return {
      level: 'failure',
      message: `${who} depends on ${dependency}, which is in no listed repo: add OCA/<repo> to ${args.reposFile} or remove the dependency`,
    }
  const repos = args.external.ocaRepos.map((r) => r.name)
  if (repos.length > 0)
    return {
      level: 'notice',
      message: `${who} depends on ${dependency}, which is not in this repository nor an Odoo ${args.series} core addon: expected from ${repos.length === 1 ? 'the repository' : 'one of the repositories'} oca_dependencies.txt names (${repos.join(', ')})`,
    }
  return {
    level: 'warning',
    message: `${who} depends on ${dependency}, which is not in this repository nor an Odoo ${args.series} core addon, and nothing says where it comes from: add odoo-addon-${dependency} to test-requirements.txt (or its repository to oca_dependencies.txt), or check the name`,
  }
}
