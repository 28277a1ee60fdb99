/** A template leftover found in a piece of text. */
export interface PlaceholderHit {
  /** Offset inside the searched text. */
  index: number
  token: string
}

// Lower-case slots of the Spec Kit templates that readers must replace.
const exactSlots = new Set([
  'brief title',
  'title',
  'initial state',
  'action',
  'expected outcome',
  'link',
  'language',
  'framework',
  'endpoint',
  'name',
  'user journey',
  'service',
  'location',
  'file',
  'entity',
  'entity1',
  'entity2',
  'entity 1',
  'entity 2',
  'feature',
  'feature name',
  'date',
  'project name',
])
const slotPrefixes =
  /^(e\.g\.|describe |explain |add more |brief description|how to verify|what it represents|measurable metric|user satisfaction metric|business metric|assumption about|dependency on existing|document the selected|gates determined|extract from feature spec|specific capability|key interaction|data requirement|behavior, e\.g|domain-specific|if applicable|same as backend|platform-specific|###)/i
// Upper-case slots of the templates that are not PROJECT_NAME-style identifiers.
const capsSlots = new Set([
  'DATE',
  'FEATURE',
  'FEATURE NAME',
  'PROJECT NAME',
  'REMOVE IF UNUSED',
  'LINK',
  'TITLE',
  'NAME',
])
// Bracketed tokens that are markers, not placeholders: [P], [US1], [P1], [T001], [FR-001]...
const markerTokens = /^(US|P|T|FR|SC|NFR|AC|R|Q|CHK)-?\d*(\.\d+)*$/
// one level of nested brackets, as in the templates' `[Describe ... e.g., "... [specific action] ..."]`
const bracketed = /\[((?:[^\][\n]|\[[^\][\n]{0,80}\]){1,400})\]/g
const bareTokens = /\bTXXX\b|\$ARGUMENTS\b|__SPECKIT_COMMAND_[A-Z_]+__|\bTODO\([A-Z][A-Z0-9_]*\)/g

/**
 * Finds Spec Kit template leftovers in visible text: `[FEATURE NAME]`, `[DATE]`,
 * `[ALL_CAPS]` identifier slots such as `[PROJECT_NAME]`, lower-case slots such as `[Brief Title]` or `[e.g., ...]`,
 * `TXXX`, `$ARGUMENTS` and `TODO(FIELD)`. `[NEEDS CLARIFICATION...]` is not a
 * leftover: it has its own rule.
 */
export function findPlaceholders(text: string): PlaceholderHit[] {
  const hits: PlaceholderHit[] = []
  for (const m of text.matchAll(bracketed)) {
    const inner = m[1]!.trim()
    if (isPlaceholder(inner)) hits.push({ index: m.index, token: m[0] })
  }
  for (const m of text.matchAll(bareTokens)) hits.push({ index: m.index, token: m[0] })
  return hits.sort((a, b) => a.index - b.index)
}

function isPlaceholder(inner: string): boolean {
  if (/^NEEDS CLARIFICATION/i.test(inner)) return false
  if (markerTokens.test(inner)) return false
  // [PROJECT_NAME]-style identifiers are template slots; [DEFERRED] or [WIP] are words people write
  if (/^[A-Z#][A-Z0-9#]*(?:_[A-Z0-9#]+)+$/.test(inner)) return true
  if (capsSlots.has(inner)) return true
  const lower = inner.toLowerCase()
  return exactSlots.has(lower) || slotPrefixes.test(inner)
}

/** Template guidance comments that must not survive into a real document. */
export const templateCommentPattern = /SAMPLE TASKS|ACTION REQUIRED|DO NOT keep these sample tasks/i
