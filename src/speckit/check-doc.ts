import type { Finding } from '../op/report.ts'
import type { KitLayout, ParsedDoc } from './kit-types.ts'
import { checkClarifications } from './check-clarifications.ts'
import { checkEmptySections } from './check-empty-sections.ts'
import { checkHeadings } from './check-headings.ts'
import { checkMarkdownStructure } from './check-markdown-structure.ts'
import { checkMetadata } from './check-metadata.ts'
import { checkPlaceholders } from './check-placeholders.ts'
import { checkRequirementIds } from './check-requirement-ids.ts'
import { checkTodoMarkers } from './check-todo-markers.ts'

/** The checks that need one document only, chosen by its role. */
export function checkDoc(doc: ParsedDoc, layout: KitLayout, maxClarifications: number): Finding[] {
  const findings = [
    ...checkMarkdownStructure(doc),
    ...checkHeadings(doc, layout),
    ...checkEmptySections(doc),
    ...checkPlaceholders(doc),
    ...checkMetadata(doc),
  ]
  if (doc.role === 'spec' || doc.role === 'prd' || doc.role === 'plan')
    findings.push(...checkClarifications(doc, maxClarifications))
  if (doc.role === 'spec' || doc.role === 'prd') findings.push(...checkRequirementIds(doc))
  if (doc.role === 'spec' || doc.role === 'prd' || doc.role === 'plan') findings.push(...checkTodoMarkers(doc))
  return findings
}
