import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/speckit/spec-kit-rules.ts
var specKitRules = [
  { id: "spec-kit/missing-kit", level: "failure", description: "A configured spec kit folder does not exist" },
  { id: "spec-kit/missing-file", level: "failure", description: "A file the kit layout requires is missing" },
  {
    id: "spec-kit/feature-dir-name",
    level: "warning",
    description: "A folder under specs/ is not named NNN-name or YYYYMMDD-HHMMSS-name"
  },
  {
    id: "spec-kit/file-too-large",
    level: "failure",
    description: "The file is larger than spec-kit.maxFileBytes and was not read"
  },
  {
    id: "spec-kit/binary-file",
    level: "failure",
    description: "The file contains NUL bytes: it is binary, not markdown"
  },
  {
    id: "spec-kit/link-outside",
    level: "failure",
    description: "A kit file or folder is a symbolic link leading outside the repository: never followed or read"
  },
  { id: "spec-kit/invalid-encoding", level: "failure", description: "The file is not valid UTF-8" },
  {
    id: "spec-kit/double-encoded",
    level: "notice",
    description: "UTF-8 read as Mac Roman or Windows-1252 and saved again (\u201A\xFA\xD6 for \u2705): read as meant, with a repair hint"
  },
  { id: "spec-kit/empty-file", level: "failure", description: "The file is empty or only whitespace" },
  {
    id: "spec-kit/invalid-markdown",
    level: "failure",
    description: "Unclosed code fence, unclosed HTML comment or invalid front matter"
  },
  {
    id: "spec-kit/missing-heading",
    level: "warning",
    description: "A heading the Spec Kit templates mark mandatory is missing (house style: warning)"
  },
  {
    id: "spec-kit/empty-section",
    level: "warning",
    description: "A heading has no content before the next heading of the same or higher level"
  },
  {
    id: "spec-kit/template-placeholder",
    level: "failure",
    description: "Template text left in the document ([FEATURE NAME], [DATE], [ALL_CAPS], TXXX); one finding per file past three; template guidance comments are notices"
  },
  {
    id: "spec-kit/needs-clarification",
    level: "failure",
    description: "More [NEEDS CLARIFICATION] markers than spec-kit.maxClarifications allows"
  },
  {
    id: "spec-kit/duplicate-requirement-id",
    level: "failure",
    description: "An FR-/SC-/NFR- requirement ID is defined twice"
  },
  {
    id: "spec-kit/constitution-version",
    level: "warning",
    description: "The constitution has no semantic version line, or the version is not semver"
  },
  {
    id: "spec-kit/iso-date",
    level: "warning",
    description: "A Ratified / Last Amended / Created date is not an ISO date (YYYY-MM-DD) or is out of order"
  },
  { id: "spec-kit/no-tasks", level: "failure", description: "The tasks file contains no task" },
  {
    id: "spec-kit/task-checkbox",
    level: "failure",
    description: "A task is not a valid GitHub task list item (- [ ] / - [x])"
  },
  { id: "spec-kit/task-missing-id", level: "warning", description: "A top-level task has no ID while others do" },
  { id: "spec-kit/duplicate-task-id", level: "failure", description: "Two tasks share an ID" },
  { id: "spec-kit/task-id-order", level: "failure", description: "Task IDs do not increase in document order" },
  {
    id: "spec-kit/unknown-story",
    level: "failure",
    description: "A [USn] marker or User Story phase names a story the spec does not declare"
  },
  { id: "spec-kit/story-without-task", level: "failure", description: "A user story of the spec has no task" },
  {
    id: "spec-kit/task-dependency",
    level: "failure",
    description: '"depends on" names a task that does not exist or does not come earlier'
  },
  {
    id: "spec-kit/status-marker",
    level: "failure",
    description: "Status markers disagree with the status legend or with the checkbox"
  },
  {
    id: "spec-kit/summary-mismatch",
    level: "failure",
    description: "A stated total or progress figure disagrees with the counted tasks"
  },
  {
    id: "spec-kit/duplicate-feature-number",
    level: "warning",
    description: "Two feature folders share a number (001-login and 001-signup)"
  },
  {
    id: "spec-kit/requirement-coverage",
    level: "warning",
    description: "Tasks cite requirement IDs, but a functional requirement (FR-) of the spec has no task"
  },
  {
    id: "spec-kit/unknown-requirement",
    level: "failure",
    description: "A task cites an FR-/SC-/NFR- ID the spec does not define"
  },
  {
    id: "spec-kit/todo-marker",
    level: "warning",
    description: "A plain TODO, TBD, FIXME or ??? left in a spec, PRD or plan"
  },
  {
    id: "spec-kit/story-without-acceptance",
    level: "warning",
    description: "A user story of the spec has no acceptance scenarios (Given / When / Then)"
  },
  {
    id: "spec-kit/checklist-incomplete",
    level: "warning",
    description: "A checklist in the feature folder has unchecked items (/speckit.implement stops on them)"
  },
  {
    id: "spec-kit/clarification-after-plan",
    level: "warning",
    description: "The spec still has [NEEDS CLARIFICATION] markers although the feature has a plan"
  }
];

export {
  specKitRules
};
