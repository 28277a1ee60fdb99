import type { TaskStatus } from './kit-types.ts'

/** The status a legend label means ("in progress", "Done", "not started"...), or undefined. */
export function statusFromWords(label: string): TaskStatus | undefined {
  const s = label.toLowerCase()
  if (/\b(blocked|waiting|on hold|stuck)\b/.test(s)) return 'blocked'
  if (/\b(not started|not done|to do|to-do|todo|pending|open|planned|backlog|queued)\b/.test(s)) return 'todo'
  if (/\b(in progress|in-progress|wip|doing|started|ongoing|active|partial|partially)\b/.test(s)) return 'in_progress'
  if (/\b(done|complete|completed|finished|closed|shipped|merged)\b/.test(s)) return 'done'
  return undefined
}

/** Emoji people use as status markers; with a legend, any of these must be in it. */
export const statusEmoji = [
  '✅',
  '✔',
  '☑',
  '🔄',
  '⏳',
  '⌛',
  '🚧',
  '⛔',
  '🚫',
  '❌',
  '🟢',
  '🟡',
  '🔴',
  '🟠',
  '⬜',
  '🔲',
  '🟩',
  '🟥',
  '🟨',
  '⏸',
  '🏁',
] as const
