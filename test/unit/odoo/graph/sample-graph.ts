import { buildAddonsGraph } from '../../../../src/odoo/graph/build-addons-graph.ts'
import type { AddonDeclaration } from '../../../../src/odoo/graph/build-addons-graph.ts'
import type { AddonsGraph } from '../../../../src/odoo/graph/addons-graph.ts'

/** Declares an addon whose `depends` entries sit on consecutive manifest lines from line 5. */
export function decl(name: string, depends: string[], extra: Partial<AddonDeclaration> = {}): AddonDeclaration {
  return {
    name,
    path: `addons/${name}`,
    manifestPath: `addons/${name}/__manifest__.py`,
    summary: '',
    depends: depends.map((d, i) => ({ name: d, line: 5 + i, column: 9 })),
    ...extra,
  }
}

/**
 * shop_core <- shop_sale <- shop_web, shop_core <- shop_stock <- shop_web; queue_job (OCA) used
 * by shop_sale; base and mail are core.
 */
export function sampleGraph(): AddonsGraph {
  return buildAddonsGraph({
    repos: [{ name: 'OCA/queue', path: 'vendor/oca/queue', branch: '17.0', addons: ['queue_job'] }],
    addons: [
      decl('shop_core', ['base', 'mail'], { summary: 'Core models of the shop' }),
      decl('shop_sale', ['shop_core', 'queue_job'], { summary: 'Sales flows for the shop' }),
      decl('shop_stock', ['shop_core'], { summary: 'Stock moves and warehouses' }),
      decl('shop_web', ['shop_sale', 'shop_stock'], { summary: 'Website pages' }),
      decl('queue_job', ['mail', 'base'], {
        repo: 'OCA/queue',
        path: 'vendor/oca/queue/queue_job',
        summary: 'Job Queue',
      }),
    ],
    isCore: (n) => n === 'base' || n === 'mail',
  })
}
