import type { SecretRule } from '../rule.ts'
import { KUBERNETES_SECRET, secretDataValues } from '../kubernetes-secret.ts'
import { defineRule, keyedRule, UUID } from '../define-rule.ts'
import { awsKeyIdStructure } from '../structure-checks.ts'

/** Cloud providers: AWS, GCP, Azure, DigitalOcean, Alibaba, Cloudflare, Heroku, Scaleway, Yandex, Fly.io, OpenShift, Kubernetes. */
export const cloudRules: readonly SecretRule[] = [
  defineRule(
    'aws-access-key-id',
    'AWS access key id',
    ['akia', 'asia', 'abia', 'acca'],
    '\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b',
    { entropy: 3, validate: awsKeyIdStructure },
  ),
  defineRule(
    'aws-secret-access-key',
    'AWS secret access key',
    ['aws'],
    `(?i:aws)[\\w.-]{0,20}(?i:secret|sk)[\\w.-]{0,20}[\\s'"]{0,3}(?:=|:=|=>|:)[\\s'"]{0,5}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    { entropy: 4 },
  ),
  defineRule(
    'aws-bedrock-api-key',
    'Amazon Bedrock long-term API key',
    ['absk'],
    '\\b(ABSK[A-Za-z0-9+/]{109,269}={0,2})',
    { entropy: 4 },
  ),
  defineRule('gcp-api-key', 'Google Cloud / Gemini API key', ['aiza'], '\\b(AIza[\\w-]{35})(?![\\w-])', {
    entropy: 3.5,
  }),
  defineRule(
    'gcp-service-account-key-id',
    'Google Cloud service account key (private_key_id in a key file)',
    ['private_key_id'],
    '"private_key_id"\\s{0,5}:\\s{0,5}"([a-f0-9]{40})"',
    { entropy: 3 },
  ),
  defineRule(
    'azure-ad-client-secret',
    'Azure AD (Entra ID) client secret',
    ['q~'],
    '(?:^|[\\\\\'"`\\s>=:(,])([a-zA-Z0-9_~.]{3}\\dQ~[a-zA-Z0-9_~.-]{31,34})(?:$|[\\\\\'"`\\s<),])',
    { entropy: 3 },
  ),
  defineRule(
    'azure-storage-account-key',
    'Azure storage account key in a connection string',
    ['accountkey'],
    '(?i:AccountKey)=([A-Za-z0-9+/]{86}==)',
    { entropy: 4 },
  ),
  defineRule(
    'azure-sas-token',
    'Azure shared access signature',
    ['sig='],
    '\\bsv=\\d{4}-\\d{2}-\\d{2}&[^\\s"\'<>]{0,300}?\\bsig=([A-Za-z0-9%+/]{40,90})',
    { entropy: 4, severity: 'medium' },
  ),
  defineRule(
    'azure-devops-pat',
    'Azure DevOps personal access token',
    ['azdo'],
    '\\b([a-zA-Z0-9]{76}AZDO[a-zA-Z0-9]{4})\\b',
    { entropy: 4 },
  ),
  defineRule(
    'digitalocean-token',
    'DigitalOcean personal, OAuth or refresh token',
    ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    '\\b((?:dop|doo|dor)_v1_[a-f0-9]{64})\\b',
    { entropy: 3 },
  ),
  defineRule('alibaba-access-key-id', 'Alibaba Cloud AccessKey id', ['ltai'], '\\b(LTAI[a-zA-Z0-9]{20})\\b', {
    entropy: 3,
  }),
  keyedRule('alibaba-secret-key', 'Alibaba Cloud AccessKey secret', ['alibaba'], 'alibaba', '[a-zA-Z0-9]{30}', {
    entropy: 3.5,
  }),
  keyedRule('heroku-api-key', 'Heroku API key', ['heroku'], 'heroku', UUID),
  defineRule('heroku-api-key-v2', 'Heroku platform API key', ['hrku-aa'], '\\b(HRKU-AA[0-9a-zA-Z_-]{58})(?![\\w-])', {
    entropy: 4,
  }),
  keyedRule('scaleway-secret-key', 'Scaleway secret key', ['scw', 'scaleway'], 'scw|scaleway', UUID),
  keyedRule('cloudflare-api-token', 'Cloudflare API token', ['cloudflare'], 'cloudflare', '[\\w-]{40}', {
    entropy: 3.5,
  }),
  keyedRule('cloudflare-global-api-key', 'Cloudflare global API key', ['cloudflare'], 'cloudflare', '[a-f0-9]{37}', {
    entropy: 3,
  }),
  defineRule(
    'cloudflare-origin-ca-key',
    'Cloudflare Origin CA key',
    ['v1.0-'],
    '\\b(v1\\.0-[a-f0-9]{24}-[a-f0-9]{146})\\b',
    { entropy: 3 },
  ),
  defineRule('yandex-api-key', 'Yandex Cloud API key', ['aqvn'], '\\b(AQVN[A-Za-z0-9_-]{35,38})(?![\\w-])', {
    entropy: 3.5,
  }),
  keyedRule(
    'yandex-access-token',
    'Yandex Cloud IAM token',
    ['yandex'],
    'yandex',
    't1\\.[\\w-]{10,200}={0,2}\\.[\\w-]{86}={0,2}',
  ),
  defineRule(
    'flyio-access-token',
    'Fly.io access token',
    ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
    '\\b((?:fo1_[\\w-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,800}={0,3}|fm2_[A-Za-z0-9+/]{100,800}={0,3}))',
    { entropy: 4 },
  ),
  defineRule('openshift-user-token', 'OpenShift user token', ['sha256~'], '\\b(sha256~[\\w-]{43})(?![\\w-])', {
    entropy: 3.5,
  }),
  defineRule(
    'kubernetes-secret-yaml',
    'Kubernetes Secret manifest with inline data',
    ['data:'],
    '^[ \\t]{0,40}(?:data|stringData):[ \\t]{0,20}(?:#[^\\n]{0,200})?\\r?$',
    {
      severity: 'medium',
      secretGroup: 0,
      fileMatches: KUBERNETES_SECRET,
      block: { open: 'ata:', maxChars: 65_536, extract: secretDataValues },
    },
  ),
  keyedRule(
    'yandex-aws-access-token',
    'Yandex Cloud AWS-compatible access key',
    ['yandex'],
    'yandex',
    'YC[a-zA-Z0-9_-]{38}',
  ),
  defineRule(
    'hashicorp-tf-password',
    'Password hard-coded in a Terraform file',
    ['password'],
    '(?i:administrator_login_password|password)[ \\t]{0,5}=[ \\t]{0,5}"([^"$\\s]{8,200})"',
    { paths: /\.(?:tf|tfvars)$/, entropy: 2.5 },
  ),
  defineRule(
    'google-oauth-client-secret',
    'Google OAuth client secret',
    ['gocspx-'],
    '\\b(GOCSPX-[\\w-]{28})(?![\\w-])',
    { entropy: 3.5 },
  ),
  defineRule(
    'google-oauth-access-token',
    'Google OAuth access token',
    ['ya29.'],
    '\\b(ya29\\.[\\w-]{30,400})(?![\\w-])',
    { entropy: 4, severity: 'medium' },
  ),
]
