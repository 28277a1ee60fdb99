import { unicodeNamesTable } from './unicode-names.generated.ts'

let table: Map<string, number> | undefined

/**
 * Code point for a `\N{...}` name, case-insensitively as Python matches it, or undefined
 * when the name is outside the shipped table (common scripts and symbols) and not a CJK
 * ideograph name, which Unicode derives from the code point.
 */
export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase()
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper)
  if (cjk?.[1] !== undefined) return parseInt(cjk[1], 16)
  table ??= new Map(
    unicodeNamesTable.split(';').map((pair) => {
      const eq = pair.lastIndexOf('=')
      return [pair.slice(0, eq), parseInt(pair.slice(eq + 1), 16)] as const
    }),
  )
  return table.get(upper)
}
