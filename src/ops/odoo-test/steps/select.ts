import type { ModuleSelection, SelectModulesInput } from '../../../odoo/ci/select-modules.ts'
import { selectModules } from '../../../odoo/ci/select-modules.ts'
import type { RepoAddon } from '../../../odoo/ci/list-repo-addons.ts'
import type { OdooTestSettings } from './resolve-settings.ts'
import type { OdooTestInput } from '../schema.ts'

/** Chooses modules from the settings and adds the extra modules to install first. */
export function select(
  s: OdooTestSettings,
  input: OdooTestInput,
  addons: ReadonlyMap<string, RepoAddon>,
  graphAffected?: SelectModulesInput['graphAffected'],
): ModuleSelection {
  const sel = selectModules({
    select: s.select,
    explicit: s.cfg.modules,
    exclude: s.cfg.exclude,
    addons,
    changedFiles: input.changedFiles.length > 0 ? input.changedFiles : undefined,
    graphAffected,
  })
  const installFirst = [...new Set([...sel.installFirst, ...input.installFirst])]
    .filter((m) => !sel.selected.includes(m))
    .sort()
  return { ...sel, installFirst }
}
