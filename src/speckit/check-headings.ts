import type { Finding } from '../op/report.ts'
import type { KitLayout, ParsedDoc } from './kit-types.ts'
import { makeFinding } from './make-finding.ts'
import { nodeText } from './node-text.ts'
import { walkNodes } from './walk-nodes.ts'

// Headings the Spec Kit templates mark (mandatory); the four-file PRD needs its requirements.
// Each entry lists accepted spellings: English first (used in messages), then localised templates.
const mandatory: Record<string, string[][]> = {
  'spec-kit:spec': [
    ['User Scenarios & Testing', '用户场景与测试', '用户场景和测试'],
    ['Requirements', '需求', '功能需求'],
    // specs from Spec Kit templates before October 2025 have a review checklist instead
    ['Success Criteria', '成功标准', 'Review & Acceptance Checklist'],
  ],
  'spec-kit:plan': [
    ['Summary', '摘要', '概要'],
    ['Technical Context', '技术上下文', '技术背景'],
  ],
  'four-file:prd': [['Requirements', '需求']],
}

/** Normalised heading text: no "(mandatory)" note, no emoji, `&` as "and", lower case. */
export function normalizeHeading(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** Reports a document without any heading and every mandatory heading it lacks. */
export function checkHeadings(doc: ParsedDoc, layout: KitLayout): Finding[] {
  const headings: string[] = []
  walkNodes(doc.tree, (node) => {
    if (node.type === 'heading') headings.push(normalizeHeading(nodeText(node)))
  })
  if (headings.length === 0) {
    return [
      makeFinding({
        rule: 'spec-kit/missing-heading',
        path: doc.path,
        message: `${doc.path} has no heading: start it with "# <title>"`,
      }),
    ]
  }
  const findings: Finding[] = []
  for (const spellings of mandatory[`${layout}:${doc.role}`] ?? []) {
    const keys = spellings.map(normalizeHeading)
    // "Requirements" is met by "Functional Requirements" as well as by "Requirements"
    if (headings.some((h) => keys.some((key) => h === key || h.startsWith(key + ' ') || h.endsWith(' ' + key))))
      continue
    findings.push(
      makeFinding({
        rule: 'spec-kit/missing-heading',
        path: doc.path,
        message: `mandatory heading "## ${spellings[0]}" is missing`,
      }),
    )
  }
  return findings
}
