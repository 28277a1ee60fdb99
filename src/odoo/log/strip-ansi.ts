// CSI sequences (colours, cursor moves) and OSC sequences (titles, hyperlinks) that Odoo's
// coloured formatter or a TTY-aware wrapper may put into a log.
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g

/** Removes ANSI escape sequences so the log is plain text, as Odoo writes it to a file. */
export function stripAnsi(text: string): string {
  return text.includes('\x1b') ? text.replace(ANSI, '') : text
}
