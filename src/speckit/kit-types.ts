import type { Root } from 'mdast'
import type { Finding, FindingLevel } from '../op/report.ts'

/** The spec kit layouts oda understands; `file` is a single kit file given as the path. */
export type KitLayout = 'four-file' | 'spec-kit' | 'file'

/** What a markdown file is for inside a kit; checks are chosen by role. */
export type DocRole = 'constitution' | 'prd' | 'spec' | 'plan' | 'tasks' | 'checklist'

/** A file oda expects in a kit (it may be missing on disk). */
export interface KitDoc {
  role: DocRole
  /** Path relative to the repository root, forward slashes. */
  path: string
  /** Level of the finding when the file is missing. */
  missingLevel: FindingLevel
}

/** One unit of validation: a four-file kit, or one Spec Kit feature folder with its constitution. */
export interface Kit {
  layout: KitLayout
  /** Folder of the kit relative to the repository root (`spec/oda`, `specs/001-login`). */
  root: string
  docs: KitDoc[]
}

/** A file as read from disk: bytes, or why it could not be read. */
export type RawFile =
  | { path: string; kind: 'bytes'; bytes: Uint8Array }
  | { path: string; kind: 'missing' }
  | { path: string; kind: 'too-large'; bytes: number }
  /** Not read: the files read before it used up the run's byte budget. */
  | { path: string; kind: 'over-budget'; bytes: number }
  | { path: string; kind: 'not-a-file' }
  /** A link (or chain of links) leading out of the repository: never followed. */
  | { path: string; kind: 'outside' }

/** A markdown file parsed with positions, ready for the checks. */
export interface ParsedDoc {
  path: string
  role: DocRole
  /** Source text after UTF-8 decoding (front matter blanked out, line numbers kept). */
  text: string
  /** Offset of the first character of each line (index 0 is line 1). */
  lineStarts: number[]
  tree: Root
}

/** Status of a task, whatever marker the document uses for it. */
export type TaskStatus = 'done' | 'in_progress' | 'todo' | 'blocked' | 'skipped'

/** A task found in a tasks file. */
export interface Task {
  /** As written: `T001`, `T1.2`, `Task 1.3`; empty when the task has no ID. */
  id: string
  /** Numeric parts of the ID for ordering (`T1.2` is [1, 2]); empty without ID. */
  order: number[]
  line: number
  column: number
  status: TaskStatus
  /** Story numbers from `[USn]` markers. */
  stories: number[]
  /** Whether the task carries the `[P]` parallel marker. */
  parallel: boolean
  /** IDs this task says it depends on, with where the reference is written. */
  dependsOn: { id: string; line: number; column: number }[]
  /** Key of the enclosing phase (`1`, `2`, `N`), or '' outside any phase. */
  phase: string
  /** First line of the task text, for messages. */
  text: string
  /** How the file writes the task: a checklist item, a heading with a status line, or a table row. */
  form: 'item' | 'heading' | 'row'
  /** Requirement IDs (`FR-001`, `SC-002`) the task cites. */
  cites: string[]
}

/** A `## Phase n: Title` section of a tasks file. */
export interface Phase {
  key: string
  title: string
  line: number
  /** Story number when the heading names `User Story n`. */
  story?: number
}

/** A user story declared in a spec or PRD (`### User Story 1 - Title (Priority: P1)`). */
export interface Story {
  number: number
  title: string
  line: number
  column: number
}

/** A finding before severities from config are applied. */
export type RawFinding = Finding
