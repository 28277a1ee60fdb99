import type { z } from 'zod'
import type { Permission } from '../op/define-op.ts'

/**
 * One slash command: its grammar comes from `input` (a z.object, the op's own schema for
 * commands that run an op), exactly as the CLI derives its flags.
 */
export interface CommandSpec {
  /** `deploy` for `/deploy`. */
  name: string
  /** One line for /help. */
  summary: string
  /** The op the command runs, when it runs one (its name in the registry). */
  op?: string
  input: z.ZodType
  /** Fields that may be given without a flag, in order; the last one takes the rest when it is a list. */
  positional: readonly string[]
  /** Permission needed when the policy names none for this command (or its op). */
  permission: Permission
  /** Accept `to <environment>` anywhere on the line (as in `/deploy main to staging`). */
  toEnvironment?: boolean
  /** Fields free text may go in (reasons); every other value must look like a ref, SHA or name. */
  freeText?: readonly string[]
  /** Fields the face sets itself and a comment may not give. */
  hidden?: readonly string[]
}

/** A command line that names a command and satisfies its grammar. */
export interface AcceptedCommand {
  ok: true
  name: string
  /** Raw input for the command (camelCase keys), already accepted by its schema. */
  args: Record<string, unknown>
  line: number
  text: string
}

/** A command line that was refused: nothing of it runs. */
export interface RejectedCommand {
  ok: false
  /** The command named, when it is one oda knows. */
  name: string | undefined
  line: number
  text: string
  error: string
  /** Usage of the command named, or the closest command's. */
  usage: string | undefined
}

export type ParsedCommand = AcceptedCommand | RejectedCommand
