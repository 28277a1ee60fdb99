import type { SecretRule } from './rule.ts'
import { cloudRules } from './rules/cloud.ts'
import { codeHostRules } from './rules/code-hosts.ts'
import { registryRules } from './rules/registries.ts'
import { paymentRules } from './rules/payments.ts'
import { messagingRules } from './rules/messaging.ts'
import { serviceRules } from './rules/services.ts'
import { aiRules } from './rules/ai.ts'
import { structuralRules } from './rules/structural.ts'
import { genericRules } from './rules/generic.ts'
import { odooRules } from './rules/odoo.ts'
import { scriptRules } from './rules/scripts.ts'
import { credentialFileRules } from './rules/credential-files.ts'
import { credentialStoreRules } from './rules/credential-stores.ts'

/** Every built-in rule, provider rules first so a specific rule wins over the generic one on the same value. */
export function allRules(): readonly SecretRule[] {
  return [
    ...cloudRules,
    ...codeHostRules,
    ...registryRules,
    ...paymentRules,
    ...messagingRules,
    ...serviceRules,
    ...aiRules,
    ...structuralRules,
    ...scriptRules,
    ...credentialFileRules,
    ...credentialStoreRules,
    ...odooRules,
    ...genericRules,
  ]
}
