import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** What Python's literal_eval made of one source: JSON text of the value, or the error class. */
export type OracleResult = { ok: true; json: unknown } | { ok: false; error: string }

const PYTHON = '/usr/bin/python3'

// Tuples and sets become lists; complex and bytes are encoded the way toJsonValue encodes
// them, so the comparison is of values, not of representation choices.
const SCRIPT = `
import ast, json, sys
def enc(v):
    if isinstance(v, bool) or v is None or isinstance(v, (int, str)): return v
    if isinstance(v, float): return v if v == v and v not in (float('inf'), float('-inf')) else {'float': repr(v)}
    if isinstance(v, complex): return {'real': v.real, 'imag': v.imag}
    if isinstance(v, bytes): return v.decode('latin-1')
    if v is Ellipsis: return '...'
    if isinstance(v, (list, tuple)): return [enc(x) for x in v]
    if isinstance(v, (set, frozenset)): return sorted((enc(x) for x in v), key=sk)
    if isinstance(v, dict): return {key(k): enc(x) for k, x in v.items()}
    raise TypeError(type(v))
def canon(x):
    if isinstance(x, int) and not isinstance(x, bool) and abs(x) >= 2**53: x = float(x)
    if isinstance(x, float) and x == x and x.is_integer() and abs(x) < 1e21: return int(x)
    if isinstance(x, list): return [canon(y) for y in x]
    if isinstance(x, dict): return {k: canon(y) for k, y in x.items()}
    return x
def sk(x): return json.dumps(canon(x), separators=(',', ':'), ensure_ascii=False)
def key(k):
    if isinstance(k, str): return k
    if isinstance(k, bool) or k is None: return json.dumps(k)
    if isinstance(k, (int, float)): return repr(k)
    return sk(enc(k))
out = []
for src in json.load(sys.stdin):
    try:
        out.append({'ok': True, 'json': enc(ast.literal_eval(src))})
    except Exception as e:
        out.append({'ok': False, 'error': type(e).__name__})
json.dump(out, sys.stdout)
`

/** True when the Debian python3 the differential tests compare against is installed. */
export const hasPython = existsSync(PYTHON)

/** Runs every source through CPython's ast.literal_eval in one process. */
export function pythonLiteralEval(sources: readonly string[]): OracleResult[] {
  const r = spawnSync(PYTHON, ['-c', SCRIPT], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`)
  const parsed: unknown = JSON.parse(r.stdout)
  if (!Array.isArray(parsed)) throw new Error('python3 returned no list')
  return parsed.map((x: OracleResult) => x)
}
