import { describe, expect, it } from 'vitest'
import { getJsonPath, jsonValueText } from '../../../../src/deploy/health/get-json-path.ts'

describe('getJsonPath', () => {
  const doc = { status: 'pass', queue: { pending: 3 }, items: [{ state: 'up' }] }
  it('walks objects and array indexes', () => {
    expect(getJsonPath(doc, 'status')).toBe('pass')
    expect(getJsonPath(doc, 'queue.pending')).toBe(3)
    expect(getJsonPath(doc, 'items.0.state')).toBe('up')
  })
  it('returns undefined for missing paths and inherited properties', () => {
    expect(getJsonPath(doc, 'queue.done')).toBeUndefined()
    expect(getJsonPath(doc, 'status.length')).toBeUndefined()
    expect(getJsonPath(doc, 'constructor')).toBeUndefined()
  })
  it('renders values as comparable text', () => {
    expect(jsonValueText('pass')).toBe('pass')
    expect(jsonValueText(true)).toBe('true')
    expect(jsonValueText(3)).toBe('3')
  })
})
