import type { Phase, ParsedDoc } from './kit-types.ts'
import { docSections, indexSections, type DocSection } from './doc-sections.ts'

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

/** A lookup of the innermost phase whose section holds a line, built once per document. */
export function phaseIndex(
  phases: readonly PhaseSection[],
  lineCount: number,
): (line: number) => PhaseSection | undefined {
  const bySection = new Map(phases.map((p) => [p.section, p]))
  const find = indexSections(
    phases.map((p) => p.section),
    lineCount,
  )
  return (line) => {
    const s = find(line)
    return s ? bySection.get(s) : undefined
  }
}
