import type { TaskStatus } from './kit-types.ts'

/** The status a label means ("in progress", "Done", "not started", "cancelled"...), or undefined. */
export function statusFromWords(label: string): TaskStatus | undefined {
  const s = label.toLowerCase()
  if (/\b(skipped|skip|cancell?ed|won'?t do|wontfix|dropped|descoped|obsolete|n\/a)(?![\w/])/.test(s)) return 'skipped'
  if (/\b(blocked|waiting|on hold|stuck)\b/.test(s)) return 'blocked'
  if (/\b(not started|not done|to do|to-do|todo|pending|open|planned|backlog|queued|spec|draft|ready)\b/.test(s))
    return 'todo'
  if (/\b(in progress|in-progress|wip|doing|started|ongoing|active|partial|partially|in review|review)\b/.test(s))
    return 'in_progress'
  if (/\b(done|complete|completed|finished|closed|shipped|merged|implemented|passed|verified)\b/.test(s)) return 'done'
  return undefined
}

/**
 * Emoji people use as status markers, with what they mean when no legend says otherwise.
 * With a legend, any of these must be in it.
 */
export const emojiStatuses: readonly (readonly [string, TaskStatus])[] = [
  ['✅', 'done'],
  ['✔', 'done'],
  ['☑', 'done'],
  ['🟢', 'done'],
  ['🟩', 'done'],
  ['🏁', 'done'],
  ['🔄', 'in_progress'],
  ['🚧', 'in_progress'],
  ['🟡', 'in_progress'],
  ['🟨', 'in_progress'],
  ['🟠', 'in_progress'],
  ['🔨', 'in_progress'],
  ['⏳', 'todo'],
  ['⌛', 'todo'],
  ['⬜', 'todo'],
  ['🔲', 'todo'],
  ['📋', 'todo'],
  ['⛔', 'blocked'],
  ['🚫', 'blocked'],
  ['❌', 'blocked'],
  ['🔴', 'blocked'],
  ['🟥', 'blocked'],
  ['🛑', 'blocked'],
  ['⚠', 'blocked'],
  ['⏸', 'blocked'],
  ['⏭', 'skipped'],
]

/** The emoji markers alone, in the order above. */
export const statusEmoji = emojiStatuses.map(([e]) => e)

/** The first status emoji in a text and what it means without a legend. */
export function statusFromEmoji(text: string): { emoji: string; status: TaskStatus } | undefined {
  let best: { emoji: string; status: TaskStatus; at: number } | undefined
  for (const [emoji, status] of emojiStatuses) {
    const at = text.indexOf(emoji)
    if (at >= 0 && (!best || at < best.at)) best = { emoji, status, at }
  }
  return best && { emoji: best.emoji, status: best.status }
}

/** Status from a status cell or line: emoji first, then words; undefined when it says neither. */
export function statusFromText(text: string): TaskStatus | undefined {
  return statusFromEmoji(text)?.status ?? statusFromWords(text)
}
