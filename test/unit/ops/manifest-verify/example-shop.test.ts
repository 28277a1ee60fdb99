import { describe, expect, it } from 'vitest'
import { manifestVerifyOp } from '../../../../src/ops/manifest-verify/index.ts'
import { brief, runOn, shopWithOverlay } from './repo-fixtures.ts'

describe('manifest.verify on examples/odoo-shop', () => {
  it('passes the base repository with no finding at all', async () => {
    const report = await runOn(manifestVerifyOp, shopWithOverlay())
    expect(report.findings).toEqual([])
    expect(report.conclusion).toBe('success')
    expect(report.title).toBe('manifest: 7 addons (series 17.0) verified')
    expect(report.data).toMatchObject({
      series: '17.0',
      coreAddons: 'shipped',
      checked: [
        'base_technical_user',
        'ipai_delivery_slot',
        'ipai_loyalty_points',
        'ipai_shop_base',
        'ipai_shop_ops',
        'module_auto_update',
        'queue_job',
      ],
    })
  })

  it('reports every deliberate problem of the pr-manifest-problems scenario at its exact line', async () => {
    const report = await runOn(manifestVerifyOp, shopWithOverlay('pr-manifest-problems'))
    expect(report.conclusion).toBe('failure')
    expect(brief(report)).toEqual([
      'failure addons.manifest.json:5:5 manifest/mount-missing',
      'warning addons.manifest.json:5:5 manifest/mount-unknown-repo',
      'warning addons/ipai_delivery_slot/__manifest__.py:18:9 manifest/depends-unlisted',
      'failure addons/ipai_delivery_slot/__manifest__.py:18:9 manifest/license-compat',
      'failure addons/ipai_delivery_slot/__manifest__.py:19:9 manifest/development-status-order',
      'failure addons/ipai_delivery_slot/__manifest__.py:19:9 manifest/license-compat',
      'failure addons/ipai_delivery_slot/__manifest__.py:20:9 manifest/depends-unresolved',
      'failure addons/ipai_delivery_slot/__manifest__.py:26:9 manifest/data-file-missing',
      'failure addons/ipai_delivery_slot/__manifest__.py:29:41 manifest/external-dependencies-shape',
      'failure addons/ipai_delivery_slot/__manifest__.py:29:60 manifest/external-dependencies-shape',
      'failure addons/ipai_delivery_slot/__manifest__.py:30:31 manifest/auto-install-subset',
      'failure addons/ipai_gift_card/__manifest__.py:1:1 manifest/required-key',
      'failure addons/ipai_gift_card/__manifest__.py:1:1 manifest/required-key',
      'warning addons/ipai_gift_card/__manifest__.py:4:16 manifest/version-format',
      'warning addons/ipai_gift_card/__manifest__.py:5:27 manifest/development-status-value',
      'failure addons/ipai_gift_wrap/__manifest__.py:2:1 manifest/not-literal',
      'notice addons/ipai_legacy_import/__manifest__.py:5:16 manifest/not-migrated',
      'failure addons/ipai_loyalty_points/__manifest__.py:6:16 manifest/version-series',
      'failure addons/ipai_loyalty_points/__manifest__.py:10:16 manifest/license-unknown',
      'failure addons/ipai_loyalty_points/__manifest__.py:11:17 manifest/depends-cycle',
      'failure addons/ipai_promo_banner/__manifest__.py:1:1 manifest/not-dict',
      'failure addons/ipai_shop_base/__manifest__.py:20:9 manifest/data-file-missing',
      'failure addons/ipai_shop_ops/__manifest__.py:10:16 manifest/license-not-allowed',
      'failure addons/ipai_shop_ops/__manifest__.py:12:9 manifest/license-compat',
      'failure addons/ipai_shop_ops/__manifest__.py:14:9 manifest/license-compat',
      'failure addons/ipai_shop_ops/__manifest__.py:15:9 manifest/license-compat',
      'failure addons/ipai_shop_ops/__manifest__.py:16:9 manifest/depends-not-installable',
      'failure addons/ipai_shop_ops/__manifest__.py:16:9 manifest/license-compat',
      'failure addons/ipai_shop_ops/__manifest__.py:20:20 manifest/key-type',
      'failure addons/ipai_store_pickup/__manifest__.py:5:14 manifest/syntax',
      'failure config/addons_manifest.oca_ipai.json:13:60 manifest/module-missing',
      'warning config/addons_manifest.oca_ipai.json:15:5 manifest/repo-not-mounted',
      'failure config/addons_manifest.oca_ipai.json:19:64 manifest/module-duplicate',
      'failure config/addons_manifest.oca_ipai.json:19:64 manifest/module-missing',
      'failure config/addons_manifest.oca_ipai.json:19:77 manifest/module-not-addon',
      'failure config/addons_manifest.oca_ipai.json:21:5 manifest/repo-missing',
      'warning config/addons_manifest.oca_ipai.json:21:5 manifest/repo-not-mounted',
      'failure config/addons_manifest.oca_ipai.json:21:5 manifest/repo-series',
      'warning vendor/oca/queue/queue_job/__manifest__.py:1:- manifest/addon-duplicate',
    ])
  })

  it('words the messages so the author knows what to change', async () => {
    const report = await runOn(manifestVerifyOp, shopWithOverlay('pr-manifest-problems'))
    const message = (rule: string): string[] => report.findings.filter((f) => f.ruleId === rule).map((f) => f.message)
    expect(message('manifest/depends-unresolved')).toEqual([
      'module ipai_delivery_slot (addons/ipai_delivery_slot) depends on website_sale_delivery_slot_pro, which is in no listed repo: add OCA/<repo> to config/addons_manifest.oca_ipai.json or remove the dependency',
    ])
    expect(message('manifest/depends-cycle')).toEqual([
      'dependency cycle: ipai_loyalty_points -> ipai_shop_base -> ipai_loyalty_points; Odoo cannot install any of these addons: remove one of the dependencies',
    ])
    expect(message('manifest/version-series')[0]).toContain(
      'version 16.0.1.0.1 is for series 16.0, but the target is 17.0; Odoo 17+ aborts the database init',
    )
    expect(message('manifest/development-status-order')[0]).toBe(
      "module ipai_delivery_slot (addons/ipai_delivery_slot) is Mature but depends on module queue_job_cron_jobrunner (repo OCA/queue@17.0), which is only Alpha: lower ipai_delivery_slot's development_status or stabilise queue_job_cron_jobrunner",
    )
    expect(message('manifest/syntax')[0]).toContain('is a comma missing at the end of line 4?')
    expect(message('manifest/repo-missing')[0]).toBe(
      'repo OCA/server-auth@16.0 is listed but vendor/oca/server-auth does not exist: clone https://github.com/OCA/server-auth.git (branch 16.0) there or set its "path"',
    )
    expect(report.summary).toContain('| `manifest/license-compat` | failure | 6 |')
  })
})
