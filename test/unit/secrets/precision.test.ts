import { describe, expect, it } from 'vitest'
import { allRules } from '../../../src/secrets/all-rules.ts'
import { compileRules } from '../../../src/secrets/compile-rules.ts'
import { scanText } from '../../../src/secrets/scan-text.ts'
import { PUBLIC_VALUES, isPublicValue } from '../../../src/secrets/public-values.ts'
import { isWordIdentifier } from '../../../src/secrets/define-rule.ts'
import { expandTemplate } from '../../fixtures/secrets/expand-template.ts'

const compiled = compileRules(allRules())
const scan = (path: string, text: string) =>
  scanText({ path, text }, compiled).filter((c) => c.validation !== 'invalid')

describe('code that looks like a keyed secret is not one', () => {
  it.each([
    // A provider word that only happens to occur inside another word (r-ook-T-able, not Okta).
    ['src/Board.java', 'static final String rookTable = "0023452L1f0A3e9c7B2d4F6a8C0e1G3i5K7m9O2q4S";'],
    // An assignment of one identifier to another (Sumo Logic's name is `sumo`).
    ['src/stats.js', 'sumOfExposures = sumOfExposures + exposure;'],
    ['src/stats.js', 'const sumoMetrics = sumOfExposures'],
    // A list of method names next to the word Confluence (Atlassian keyed rule).
    ['src/api.ts', "const confluenceMethods = 'getPagesInConfluenceSpace,searchConfluenceUsingCql'"],
    ['src/jira.py', 'JIRA_ENDPOINTS = ["get_issue_transitions", "search_issues_using_jql"]'],
  ])('%s: %s', (path, text) => {
    expect(scan(path, text).map((c) => `${c.rule.id}:${c.secret.slice(0, 6)}`)).toEqual([])
  })

  it('a content hash in an asset file name is not a token (Infracost ico- prefix)', () => {
    const hash = expandTemplate('{a62:32}', 'asset-hash')
    expect(scan('web/index.html', `<link rel="icon" href="/static/video_box.ico-${hash}.png">`)).toEqual([])
    expect(scan('web/app.css', `background: url(img/sprite.ico-${hash}.svg);`)).toEqual([])
    // The same shape as a real value is still reported.
    expect(scan('.env', `INFRACOST_API_KEY=ico-${hash}`).map((c) => c.rule.id)).toEqual(['infracost-api-token'])
  })

  it('the word checks keep real keys: a provider word starting a name, a value with digits', () => {
    const key = expandTemplate('{a62:64}', 'sumo-key')
    expect(scan('.env', `SUMO_ACCESS_KEY=${key}`).map((c) => c.rule.id)).toEqual(['sumologic-access-key'])
    expect(scan('src/c.ts', `const sumoAccessKey = "${key}"`).map((c) => c.rule.id)).toEqual(['sumologic-access-key'])
    const okta = expandTemplate('00{w:40}', 'okta-token')
    expect(scan('.env', `OKTA_API_TOKEN=${okta}`).map((c) => c.rule.id)).toEqual(['okta-access-token'])
    expect(scan('src/c.ts', `const myOktaToken = "${okta}"`).map((c) => c.rule.id)).toEqual(['okta-access-token'])
  })

  it('tells word identifiers from random keys', () => {
    for (const v of ['sumOfExposures', 'searchConfluenceUsingCql', 'GetPagesInSpace', 'fetch_all_pages'])
      expect(isWordIdentifier(v), v).toBe(true)
    for (const v of ['q7Yw2LmZ9pK4xR1vT8nB', 'hTrYmKpLvNbXcZqWeRtYuIoPaSdF', 'ABCDEFGHJKLMNPQR', 'abcdefghijklmnop'])
      expect(isWordIdentifier(v), v).toBe(false)
  })
})

describe('credentials published on purpose are allowed by a shipped list', () => {
  it('every entry names where it is published', () => {
    expect(PUBLIC_VALUES.length).toBeGreaterThan(10)
    for (const e of PUBLIC_VALUES) expect(e.source.length, e.value).toBeGreaterThan(10)
  })

  it('a documented sample key is not reported, a key of the same shape is', () => {
    const published = PUBLIC_VALUES.find((e) => e.value.startsWith('AIza'))!.value
    expect(isPublicValue(published)).toBe(true)
    expect(scan('app/google-services.json', `"current_key": "${published}"`)).toEqual([])
    const live = expandTemplate('AIza{w:35}', 'gcp-live')
    expect(isPublicValue(live)).toBe(false)
    expect(scan('app/google-services.json', `"current_key": "${live}"`).map((c) => c.rule.id)).toEqual(['gcp-api-key'])
  })

  it('the jwt.io sample is recognised by its payload inside any token', () => {
    const sample = PUBLIC_VALUES.find((e) => e.fragment)!.value
    expect(isPublicValue(`eyJhbGciOiJIUzI1NiJ9.${sample}wiaWF0IjoxNTE2MjM5MDIyfQ.abc`)).toBe(true)
  })
})
