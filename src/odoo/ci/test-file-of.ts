/**
 * The repository path of a test file from its Python module (`odoo.addons.m.tests.test_x`
 * -> `<dir of m>/tests/test_x.py`), or the addon-relative path when the addon is unknown.
 */
export function testFileOf(pythonModule: string, addonDirs?: ReadonlyMap<string, string>): string | undefined {
  const m = /^odoo\.addons\.([^.]+)\.(.+)$/.exec(pythonModule)
  if (!m) return undefined
  const dir = addonDirs?.get(m[1]!) ?? m[1]!
  return `${dir}/${m[2]!.replaceAll('.', '/')}.py`
}
