/**
 * A copy of `s` that does not keep its source alive. V8 makes substrings as views into the
 * parent string, so one module name kept from a log line would pin the whole decoded chunk
 * it came from; anything the parser keeps beyond the current record goes through here.
 */
export function detach(s: string): string {
  // Short strings are copied by V8 anyway; concatenating then slicing forces a flat copy.
  return s.length < 13 ? s : (' ' + s).slice(1)
}
