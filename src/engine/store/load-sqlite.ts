import type * as sqlite from 'node:sqlite'

/**
 * node:sqlite, looked up when first needed rather than imported statically: on a Node.js
 * without it, a static import fails while the bundle loads, before oda can say what is wrong.
 */
export function loadSqlite(): typeof sqlite {
  const mod = process.getBuiltinModule('node:sqlite') as typeof sqlite | undefined
  if (!mod)
    throw new Error(`oda needs Node.js 24 or newer (node:sqlite is missing); this is Node.js ${process.versions.node}`)
  return mod
}
