/** 1-based position of a value's first character in the manifest source. */
export interface PyPos {
  line: number
  column: number
}

/**
 * A value `ast.literal_eval` can return, kept with its Python type and source position so
 * rules can tell a tuple from a list and point at the line of a `depends` entry before
 * everything is flattened to JSON.
 */
export type PyValue = PyPos &
  (
    | { kind: 'str'; value: string }
    | { kind: 'bytes'; value: Uint8Array }
    | { kind: 'int'; value: bigint }
    | { kind: 'float'; value: number }
    | { kind: 'complex'; real: number; imag: number }
    | { kind: 'bool'; value: boolean }
    | { kind: 'none' }
    | { kind: 'ellipsis' }
    | { kind: 'list' | 'tuple' | 'set'; items: PyValue[] }
    | { kind: 'dict'; entries: PyDictEntry[] }
  )

/** One key/value pair of a dict; a repeated key keeps its first position and its last value, as Python does. */
export interface PyDictEntry {
  key: PyValue
  value: PyValue
}
