const requirementRef = /\b(?:FR|SC|NFR)-\d+\b/g

/** Requirement IDs (`FR-001`, `SC-002`, `NFR-003`) a text cites, each once. */
export function citedRequirements(text: string): string[] {
  return [...new Set(text.match(requirementRef) ?? [])]
}
