import { describe, expect, it } from 'vitest'
import { allRules } from '../../../src/secrets/all-rules.ts'
import { compileRules } from '../../../src/secrets/compile-rules.ts'
import { scanText } from '../../../src/secrets/scan-text.ts'
import { isEncodedText } from '../../../src/secrets/rules/generic.ts'

const compiled = compileRules(allRules())
const ids = (path: string, text: string): string[] => scanText({ path, text }, compiled).map((c) => c.rule.id)

describe('base64 candidates are judged by what they decode to', () => {
  it("does not flag bokeh's DEFAULT_TOKEN (base64 of a JSON session id), vendored or not", () => {
    // The line as OCA/web 17.0 vendors it in web_widget_bokeh_chart (bokeh 3.4.1, minified).
    const line =
      'n.DEFAULT_SERVER_WEBSOCKET_URL="ws://localhost:5006/ws",n.DEFAULT_TOKEN="eyJzZXNzaW9uX2lkIjogImRlZmF1bHQifQ";let h=0;'
    expect(ids('web_widget_bokeh_chart/static/src/lib/bokeh/bokeh-3.4.1.min.js', line)).toEqual([])
    expect(ids('src/session.js', line)).toEqual([])
    expect(isEncodedText('eyJzZXNzaW9uX2lkIjogImRlZmF1bHQifQ')).toBe(true)
  })

  it('still flags base64 whose decoded JSON or text holds a random credential', () => {
    const json = Buffer.from('{"client_secret":"Zq8Rw3Nt6Vb9Kx2Lm5Pj"}').toString('base64url')
    expect(isEncodedText(json)).toBe(false)
    expect(ids('deploy/app.env', `API_TOKEN=${json}`)).toEqual(['generic-api-key'])
    expect(isEncodedText(Buffer.from('user:Zq8Rw3Nt6Vb9Kx2Lm5Pj').toString('base64'))).toBe(false)
  })

  it('holds minified and vendored files to a stricter generic rule', () => {
    const vendored = 'static/lib/chart/chart.min.js'
    expect(ids(vendored, 'var e={apiToken: "a1b2c3d4e5f6g7h8"};')).toEqual([])
    expect(ids('src/config.js', 'var e={apiToken: "a1b2c3d4e5f6g7h8"};')).toEqual(['generic-api-key'])
    expect(ids(vendored, 'var e={apiToken: "Qx7Zm2Rt9Lp4Vw8Ny3Bc6Df1Gh5Jk0aZ"};')).toEqual(['generic-api-key'])
  })
})
