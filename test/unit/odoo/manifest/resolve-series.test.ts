import { describe, expect, it } from 'vitest'
import { resolveSeries } from '../../../../src/odoo/manifest/resolve-series.ts'

const auto = { configured: 'auto', versions: [] as string[], repoBranches: [] as string[] }

describe('resolveSeries', () => {
  it('takes the dominant NN.0 prefix of the installable addons first, over branch and catalog', () => {
    const r = resolveSeries({
      ...auto,
      versions: ['16.0.1.0.0', '16.0.2.1.0', '15.0.1.0.0', '1.0'],
      branch: '17.0',
      catalogSeries: '18.0',
    })
    expect(r).toEqual({ series: '16.0', from: 'manifests', detail: '2 of 3 installable addons are 16.0.x.y.z' })
    expect(resolveSeries({ ...auto, versions: ['18.0.1.0.0'] }).detail).toBe('1 of 1 installable addon is 18.0.x.y.z')
  })

  it('falls through a tie between prefixes to the branch name, then the template, then the catalog', () => {
    const tie = { ...auto, versions: ['16.0.1.0.0', '17.0.1.0.0'] }
    expect(resolveSeries({ ...tie, branch: '17.0-mig-web_notify' })).toMatchObject({ series: '17.0', from: 'branch' })
    expect(resolveSeries({ ...tie, branch: 'refs/heads/16.0' })).toMatchObject({ series: '16.0', from: 'branch' })
    // A branch that is not named after a series says nothing.
    expect(resolveSeries({ ...tie, branch: 'main', templateSeries: '18.0' })).toMatchObject({
      series: '18.0',
      from: 'template',
    })
    expect(resolveSeries({ ...tie, branch: 'feature/170', catalogSeries: '16.0' })).toMatchObject({
      series: '16.0',
      from: 'catalog',
    })
    expect(resolveSeries({ ...tie, repoBranches: ['16.0', '16.0', '17.0', 'main'] })).toEqual({
      series: '16.0',
      from: 'catalog repos',
      detail: '2 listed repos are on branch 16.0',
    })
  })

  it('assumes 17.0 and says so when nothing tells, and never overrides a configured series', () => {
    expect(resolveSeries({ ...auto, versions: ['1.0', '2.3.1'] })).toMatchObject({ series: '17.0', from: 'default' })
    expect(resolveSeries({ ...auto, configured: '18.0', versions: ['16.0.1.0.0'], branch: '16.0' })).toEqual({
      series: '18.0',
      from: 'config',
      detail: 'manifest.series',
    })
  })
})
