import type { AddonsGraph, GraphAddon } from './addons-graph.ts'

/** A search hit with its score (higher is better). */
export interface AddonHit {
  addon: GraphAddon
  score: number
}

/**
 * Finds addons whose technical name or summary matches every word of `query`
 * (case-insensitive). An exact name beats a name prefix, which beats a match in the summary.
 */
export function searchAddons(g: AddonsGraph, query: string, limit = 20): AddonHit[] {
  const words = query
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
  if (words.length === 0) return []
  const q = words.join('_')
  const hits: AddonHit[] = []
  for (const addon of g.addons.values()) {
    const name = addon.name.toLowerCase()
    const summary = addon.summary.toLowerCase()
    if (!words.every((w) => name.includes(w) || summary.includes(w))) continue
    let score = name === q ? 100 : name.startsWith(q) ? 50 : 0
    for (const w of words) score += name.includes(w) ? 10 : 0
    for (const w of words) score += summary.includes(w) ? 2 : 0
    if (addon.onDisk) score += 1
    hits.push({ addon, score })
  }
  return hits.sort((a, b) => b.score - a.score || a.addon.name.localeCompare(b.addon.name)).slice(0, limit)
}
