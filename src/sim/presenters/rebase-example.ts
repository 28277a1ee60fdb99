import { isJsonObject, type Json } from '../json.ts'

/**
 * Rewrites an example from GitHub's description so its URLs point at the simulator and
 * name the simulated repository instead of `octocat/Hello-World`.
 */
export function rebaseExample(value: Json, from: Record<string, string>): Json {
  const pairs = Object.entries(from).sort((a, b) => b[0].length - a[0].length)
  const walk = (v: Json): Json => {
    if (typeof v === 'string') return pairs.reduce((s, [a, b]) => s.split(a).join(b), v)
    if (Array.isArray(v)) return v.map(walk)
    if (isJsonObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
    return v
  }
  return walk(value)
}
