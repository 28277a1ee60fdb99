import type { Finding } from '../../op/report.ts'
import type { CoreAddons } from '../core-addons/core-addons-for.ts'
import { looksLikeCoreAddon } from '../core-addons/core-addons-for.ts'
import type { AddonsGraph } from '../graph/addons-graph.ts'
import { findCycles } from '../graph/find-cycles.ts'
import { describeAddon } from './addon-under-check.ts'
import type { AddonUnderCheck } from './addon-under-check.ts'
import { dictEntry, dictString, isTruthy, stringItems } from './dict-entry.ts'
import { licenseConflict } from './license-compatibility.ts'

const MATURE = new Set(['Production/Stable', 'Mature'])
const EARLY = new Set(['Alpha', 'Beta'])
// Odoo's default when a manifest has no license, and the license of Odoo Community itself.
const DEFAULT_LICENSE = 'LGPL-3'

/**
 * Dependency rules for the selected addons: every `depends` entry resolves (listed module,
 * addon on disk, or core addon of the series), targets are installable, licenses are
 * compatible, a stable addon does not build on an Alpha/Beta one, and there is no cycle.
 */
export function checkDependencies(args: {
  selected: readonly AddonUnderCheck[]
  onDisk: ReadonlyMap<string, AddonUnderCheck>
  listed: ReadonlyMap<string, { repo: string; branch: string }>
  core: CoreAddons
  graph: AddonsGraph
  reposFile: string
}): Finding[] {
  const findings: Finding[] = []
  for (const addon of args.selected) {
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
        if (looksLikeCoreAddon(dep.value) && args.core.origin !== 'source') {
          add(
            'manifest/depends-unresolved',
            `${who} depends on ${dep.value}, which is not in the shipped core list nor on disk; if it is an Odoo core addon, set manifest.odooSourcePath to an Odoo checkout so oda can confirm it`,
            'warning',
          )
        } else {
          add(
            'manifest/depends-unresolved',
            `${who} depends on ${dep.value}, which is in no listed repo: add OCA/<repo> to ${args.reposFile} or remove the dependency`,
          )
        }
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
      if (!isTruthy(dictEntry(target.manifest, 'installable')?.value, true)) {
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
  const selected = new Set(args.selected.map((a) => a.name))
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
