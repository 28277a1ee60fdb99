import type { Phase, ParsedDoc } from './kit-types.ts'
import { docSections, type DocSection } from './doc-sections.ts'

const phaseTitle = /^phase\s+(\d+(?:\.\d+)*|[A-Z])\b\s*[:.\-–—]?\s*(.*)$/i
const storyRef = /\b(?:user\s+story\s+|US-?)(\d+)\b/i

/** A phase and the section it covers. */
export interface PhaseSection extends Phase {
  section: DocSection
}

/** `## Phase 1: Setup`-style headings, with the story a phase is for (`Phase 3: User Story 1 - ...`). */
export function extractPhases(doc: ParsedDoc): PhaseSection[] {
  const out: PhaseSection[] = []
  for (const section of docSections(doc)) {
    const m = phaseTitle.exec(section.title)
    if (!m) continue
    const story = storyRef.exec(section.title)
    const phase: PhaseSection = { key: m[1]!, title: m[2]!.trim(), line: section.line, section }
    if (story) phase.story = Number(story[1])
    out.push(phase)
  }
  return out
}

/** The innermost phase whose section holds `line`. */
export function phaseAt(phases: readonly PhaseSection[], line: number): PhaseSection | undefined {
  let found: PhaseSection | undefined
  for (const p of phases) if (p.section.line <= line && line <= p.section.endLine) found = p
  return found
}
