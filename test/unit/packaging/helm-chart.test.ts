import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ConfigMap, Service } from 'kubernetes-models/v1'
import { Deployment } from 'kubernetes-models/apps/v1'
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2'
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1'
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1'
import { WEBHOOK_PATH } from '../../../app/server.ts'
import { ChartTemplateError, chartContext, renderChart, renderTemplate } from '../../helpers/render-chart.ts'

const chartDir = fileURLToPath(new URL('../../../deploy/helm/oda', import.meta.url))
const serverSource = readFileSync(new URL('../../../app/server.ts', import.meta.url), 'utf8')

// Each kind the chart may render, validated against Kubernetes' OpenAPI schema by kubernetes-models.
const models: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/Ingress': Ingress,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
}

function validate(doc: Record<string, unknown>): void {
  const model = models[`${String(doc['apiVersion'])}/${String(doc['kind'])}`]
  if (!model) throw new Error(`no schema for ${String(doc['apiVersion'])} ${String(doc['kind'])}`)
  new model(doc as never).validate()
}

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const named = (docs: Doc[], kind: string, name: string): Doc => {
  const doc = docs.find((d) => d['kind'] === kind && d['metadata']?.name === name)
  if (!doc)
    throw new Error(`no ${kind} ${name} among ${docs.map((d) => `${d['kind']}/${d['metadata']?.name}`).join(', ')}`)
  return doc
}

describe('helm chart deploy/helm/oda', () => {
  const docs: Doc[] = renderChart(chartDir, chartContext(chartDir))

  it('renders manifests that validate against the Kubernetes schemas', () => {
    expect(docs.map((d) => `${d['kind']}/${d['metadata'].name}`).sort()).toEqual([
      'ConfigMap/oda-config',
      'Deployment/oda-web',
      'Deployment/oda-worker',
      'HorizontalPodAutoscaler/oda-worker',
      'Ingress/oda',
      'PodDisruptionBudget/oda-web',
      'PodDisruptionBudget/oda-worker',
      'Service/oda-web',
    ])
    for (const doc of docs) validate(doc)
  })

  it('runs web and worker as their own roles, non-root on a read-only root filesystem', () => {
    for (const role of ['web', 'worker']) {
      const pod = named(docs, 'Deployment', `oda-${role}`)['spec'].template.spec
      const container = pod.containers[0]
      expect(container.env).toContainEqual({ name: 'ODA_APP_ROLE', value: role })
      expect(pod.securityContext.runAsNonRoot).toBe(true)
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0)
      expect(container.securityContext.readOnlyRootFilesystem).toBe(true)
      expect(container.securityContext.allowPrivilegeEscalation).toBe(false)
      // The only writable places are the volumes the image's ODA_DATA_DIR / ODA_WORK_DIR and /tmp live on.
      expect(container.volumeMounts.map((m: Doc) => m['mountPath']).sort()).toEqual(['/tmp', '/var/lib/oda'])
      // The App's credentials come from a Secret, never from values or the ConfigMap.
      for (const name of ['APP_ID', 'PRIVATE_KEY', 'WEBHOOK_SECRET', 'DATABASE_URL'])
        expect(container.env.find((e: Doc) => e['name'] === name)?.valueFrom?.secretKeyRef?.name).toBe('oda')
    }
    const config = named(docs, 'ConfigMap', 'oda-config')['data'] as Record<string, string>
    for (const key of Object.keys(config)) expect(key).not.toMatch(/KEY|SECRET|PASSWORD|DATABASE_URL|APP_ID/)
    // Roles the App accepts (app/server.ts parseRole).
    expect(serverSource).toContain("value === 'web' || value === 'worker'")
  })

  it("probes the web pods on the App's health route and routes the webhook path over TLS", () => {
    const web = named(docs, 'Deployment', 'oda-web')['spec'].template.spec.containers[0]
    for (const probe of [web.readinessProbe, web.livenessProbe]) {
      expect(serverSource).toContain(`req.url === '${probe.httpGet.path}'`)
      expect(probe.httpGet.port).toBe('http')
    }
    const ingress = named(docs, 'Ingress', 'oda')['spec']
    expect(ingress.tls[0]).toEqual({ hosts: ['oda.example.com'], secretName: 'oda-tls' })
    expect(ingress.rules[0].http.paths[0].path).toBe(WEBHOOK_PATH)
    expect(named(docs, 'HorizontalPodAutoscaler', 'oda-worker')['spec'].scaleTargetRef.name).toBe('oda-worker')
  })

  it('leaves out the ingress, autoscaler and disruption budgets when they are disabled', () => {
    const off = renderChart(
      chartDir,
      chartContext(chartDir, {
        ingress: { enabled: false },
        autoscaling: { enabled: false },
        podDisruptionBudget: { enabled: false },
      }),
    )
    expect(off.map((d) => d['kind']).sort()).toEqual(['ConfigMap', 'Deployment', 'Deployment', 'Service'])
  })

  it('fails on a value of the wrong type, a missing value and a template construct it cannot render', () => {
    const bad = renderChart(chartDir, chartContext(chartDir, { web: { replicas: 'two' } }))
    expect(() => validate(named(bad, 'Deployment', 'oda-web'))).toThrow(/replicas must be integer/)
    const ctx = chartContext(chartDir)
    expect(() => renderTemplate('a: 1\nb: {{ .Values.nope.x }}\n', ctx, 't.yaml')).toThrow(
      new ChartTemplateError('t.yaml:2: .Values.nope.x has no value'),
    )
    expect(() => renderTemplate('a: {{ include "x" . }}\n', ctx, 't.yaml')).toThrow(
      /t\.yaml:1: unsupported template action/,
    )
  })
})
