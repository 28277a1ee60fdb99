import type { JsonObject } from '../json.ts'
import type { SimCore } from '../sim-core.ts'
import type { RepoState } from '../sim-state.ts'

/** A `label`; labels used before being defined get GitHub's default grey. */
export function presentLabel(core: SimCore, repo: RepoState, name: string): JsonObject {
  let label = repo.labels.get(name.toLowerCase())
  if (!label) {
    label = { id: core.state.nextId('label'), name, color: 'ededed', description: null }
    repo.labels.set(name.toLowerCase(), label)
  }
  return {
    id: label.id,
    node_id: Buffer.from(`05:Label${label.id}`).toString('base64'),
    url: `${core.url}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  }
}
