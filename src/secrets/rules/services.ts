import type { SecretRule } from '../rule.ts'
import { defineRule, keyedRule, UUID } from '../define-rule.ts'
import { grafanaServiceAccountToken } from '../checksums.ts'

/** Monitoring, observability and SaaS APIs. */
export const serviceRules: readonly SecretRule[] = [
  keyedRule(
    'datadog-access-token',
    'Datadog API or application key',
    ['datadog', 'dd_api_key', 'dd_app_key'],
    'datadog|dd_api_key|dd_app_key',
    '[a-f0-9]{32}|[a-f0-9]{40}',
  ),
  defineRule('newrelic-user-api-key', 'New Relic user API key', ['nrak-'], '\\b(NRAK-[A-Z0-9]{27})\\b', { entropy: 3 }),
  defineRule('newrelic-insert-key', 'New Relic insert key', ['nrii-'], '\\b(NRII-[\\w-]{32})(?![\\w-])', {
    entropy: 3,
  }),
  defineRule('newrelic-browser-api-token', 'New Relic browser API token', ['nrjs-'], '\\b(NRJS-[a-f0-9]{19})\\b', {
    entropy: 3,
    severity: 'medium',
  }),
  defineRule('newrelic-license-key', 'New Relic ingest license key', ['nral'], '\\b([a-f0-9]{36}NRAL)\\b', {
    entropy: 3,
  }),
  defineRule(
    'sentry-org-token',
    'Sentry organisation auth token',
    ['sntrys_'],
    '\\b(sntrys_eyJpYXQiO[a-zA-Z0-9+/]{10,300}={0,2}_[a-zA-Z0-9+/]{43})(?![\\w+/])',
    { entropy: 4 },
  ),
  defineRule('sentry-user-token', 'Sentry user auth token', ['sntryu_'], '\\b(sntryu_[a-f0-9]{64})\\b', { entropy: 3 }),
  keyedRule('sentry-access-token', 'Sentry legacy auth token', ['sentry'], 'sentry', '[a-f0-9]{64}'),
  defineRule(
    'grafana-service-account-token',
    'Grafana service account token',
    ['glsa_'],
    '\\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})\\b',
    { validate: grafanaServiceAccountToken },
  ),
  defineRule(
    'grafana-cloud-api-token',
    'Grafana Cloud access policy token',
    ['glc_'],
    '\\b(glc_[A-Za-z0-9+/]{32,400}={0,2})',
    { entropy: 4 },
  ),
  defineRule('grafana-api-key', 'Grafana legacy API key', ['eyjrijoi'], '\\b(eyJrIjoi[A-Za-z0-9]{70,400}={0,2})', {
    entropy: 4,
  }),
  defineRule(
    'dynatrace-api-token',
    'Dynatrace API token',
    ['dt0c01.'],
    '\\b(dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64})\\b',
    { entropy: 3.5 },
  ),
  keyedRule('sumologic-access-key', 'Sumo Logic access key', ['sumo'], 'sumo', '[a-zA-Z0-9]{64}', { entropy: 4 }),
  keyedRule('launchdarkly-access-token', 'LaunchDarkly access token', ['launchdarkly'], 'launchdarkly', '[\\w=-]{40}', {
    entropy: 3.5,
  }),
  keyedRule('codecov-access-token', 'Codecov upload token', ['codecov'], 'codecov', '[a-f0-9]{32}|' + UUID),
  keyedRule('snyk-api-token', 'Snyk API token', ['snyk'], 'snyk', UUID),
  defineRule(
    'sonar-api-token',
    'SonarQube / SonarCloud token',
    ['squ_', 'sqp_', 'sqa_'],
    '\\b((?:squ|sqp|sqa)_[a-f0-9]{40})\\b',
    { entropy: 3 },
  ),
  // Tokens made before SonarQube 9.5 have no prefix: 40 hex characters under a sonar name (sonar.login, SONAR_TOKEN).
  keyedRule('sonar-legacy-token', 'SonarQube token without a prefix (before 9.5)', ['sonar'], 'sonar', '[a-f0-9]{40}', {
    entropy: 3,
  }),
  keyedRule('netlify-access-token', 'Netlify access token', ['netlify'], 'netlify', '[\\w=-]{40,46}', { entropy: 4 }),
  keyedRule('fastly-api-token', 'Fastly API token', ['fastly'], 'fastly', '[\\w=-]{32}', { entropy: 3.5 }),
  keyedRule('looker-client-secret', 'Looker API client secret', ['looker'], 'looker', '[a-zA-Z0-9]{24}', {
    entropy: 3.5,
  }),
  keyedRule('okta-access-token', 'Okta API token', ['okta'], 'okta', '00[\\w=-]{40}', { entropy: 4 }),
  defineRule(
    'planetscale-token',
    'PlanetScale password, API or OAuth token',
    ['pscale_'],
    '\\b(pscale_(?:tkn|pw|oauth)_[\\w=.-]{32,64})(?![\\w=.-])',
    { entropy: 3 },
  ),
  defineRule('postman-api-token', 'Postman API key', ['pmak-'], '\\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34})\\b', {
    entropy: 3,
  }),
  keyedRule('rapidapi-access-token', 'RapidAPI key', ['rapidapi'], 'rapidapi', '[\\w-]{50}', { entropy: 4 }),
  defineRule(
    'typeform-api-token',
    'Typeform personal access token',
    ['tfp_'],
    '\\b(tfp_[a-zA-Z0-9_.=-]{59})(?![\\w.=-])',
    { entropy: 3.5 },
  ),
  keyedRule('asana-client-secret', 'Asana client secret', ['asana'], 'asana', '[a-zA-Z0-9]{32}', { entropy: 3.5 }),
  defineRule('airtable-pat', 'Airtable personal access token', ['pat'], '\\b(pat[A-Za-z0-9]{14}\\.[a-f0-9]{64})\\b', {
    entropy: 3.5,
  }),
  keyedRule('airtable-api-key', 'Airtable legacy API key', ['airtable'], 'airtable', 'key[a-zA-Z0-9]{14}', {
    entropy: 3,
  }),
  keyedRule('algolia-api-key', 'Algolia admin API key', ['algolia'], 'algolia', '[a-f0-9]{32}'),
  keyedRule('adafruit-api-key', 'Adafruit IO key', ['adafruit'], 'adafruit', '[a-zA-Z0-9_-]{32}', { entropy: 3.5 }),
  defineRule('adobe-client-secret', 'Adobe client secret', ['p8e-'], '\\b(p8e-[a-zA-Z0-9]{32})\\b', { entropy: 3 }),
  keyedRule('beamer-api-token', 'Beamer API token', ['beamer'], 'beamer', 'b_[a-zA-Z0-9=_-]{44}', { entropy: 3.5 }),
  keyedRule('confluent-secret-key', 'Confluent API secret', ['confluent'], 'confluent', '[a-zA-Z0-9+/]{64}', {
    entropy: 4,
  }),
  keyedRule(
    'contentful-delivery-api-token',
    'Contentful delivery API token',
    ['contentful'],
    'contentful',
    '[\\w=-]{43}',
    { entropy: 3.5 },
  ),
  defineRule(
    'databricks-api-token',
    'Databricks personal access token',
    ['dapi'],
    '\\b(dapi[a-f0-9]{32}(?:-\\d)?)\\b',
    { entropy: 3 },
  ),
  keyedRule('dropbox-api-token', 'Dropbox short-lived access token', ['dropbox'], 'dropbox', 'sl\\.[\\w-]{130,152}', {
    entropy: 4,
  }),
  keyedRule(
    'dropbox-long-lived-token',
    'Dropbox long-lived access token',
    ['dropbox'],
    'dropbox',
    '[a-zA-Z0-9]{11}AAAAAAAAAA[\\w-]{43}',
    { entropy: 3.5, noPlaceholderCheck: true },
  ),
  keyedRule('flickr-access-token', 'Flickr API key', ['flickr'], 'flickr', '[a-f0-9]{32}'),
  keyedRule('finnhub-access-token', 'Finnhub API key', ['finnhub'], 'finnhub', '[a-z0-9]{20}', { entropy: 3.5 }),
  keyedRule(
    'nytimes-access-token',
    'New York Times API key',
    ['nytimes', 'newyorktimes', 'new-york-times'],
    'nytimes|newyorktimes|new-york-times',
    '[\\w=-]{32}',
    { entropy: 3.5 },
  ),
  defineRule('frameio-api-token', 'Frame.io API token', ['fio-u-'], '\\b(fio-u-[\\w=-]{64})(?![\\w=-])', {
    entropy: 3.5,
  }),
  keyedRule('hubspot-api-key', 'HubSpot API key', ['hubspot'], 'hubspot', UUID),
  defineRule(
    'hubspot-private-app-token',
    'HubSpot private app access token',
    ['pat-na', 'pat-eu'],
    `\\b(pat-(?:na|eu)\\d-${UUID})\\b`,
  ),
  defineRule('linear-api-key', 'Linear API key', ['lin_api_'], '\\b(lin_api_[a-zA-Z0-9]{40})\\b', { entropy: 3.5 }),
  keyedRule('linear-client-secret', 'Linear OAuth client secret', ['linear'], 'linear', '[a-f0-9]{32}'),
  defineRule(
    'notion-api-token',
    'Notion integration token',
    ['ntn_', 'secret_'],
    '\\b(ntn_\\d{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})\\b',
    { entropy: 3.5 },
  ),
  defineRule(
    'intra42-client-secret',
    '42 Intra OAuth client secret',
    ['s-s4t2'],
    '\\b(s-s4t2(?:ud|af)-[a-f0-9]{64})\\b',
    { entropy: 3 },
  ),
  defineRule(
    'authress-service-client-key',
    'Authress service client access key',
    ['.acc_', '.acc-'],
    '\\b((?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\\.[a-z0-9]{4,6}\\.acc[_-][a-z0-9-]{10,32}\\.[a-z0-9+/_=-]{30,120})',
    { entropy: 2 },
  ),
  defineRule('maxmind-license-key', 'MaxMind license key', ['_mmk'], '\\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)\\b', {
    entropy: 4,
  }),
  defineRule(
    'mapbox-secret-token',
    'Mapbox secret access token',
    ['sk.eyj'],
    '\\b(sk\\.eyJ[\\w-]{50,300}\\.[\\w-]{20,40})(?![\\w-])',
    { entropy: 4 },
  ),
  defineRule(
    'clickhouse-cloud-api-secret',
    'ClickHouse Cloud API secret key',
    ['4b1d'],
    '\\b(4b1d[A-Za-z0-9]{38})\\b',
    { entropy: 3.5 },
  ),
  defineRule(
    'onepassword-secret-key',
    '1Password account secret key',
    ['a3-'],
    '\\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\\b',
    { entropy: 3.5 },
  ),
  defineRule(
    'onepassword-service-account-token',
    '1Password service account token',
    ['ops_eyj'],
    '\\b(ops_eyJ[a-zA-Z0-9+/]{250,2000}={0,3})',
    { entropy: 4 },
  ),
  keyedRule('meraki-api-key', 'Cisco Meraki API key', ['meraki'], 'meraki', '[0-9a-f]{40}'),
  keyedRule('sumologic-access-id', 'Sumo Logic access id', ['sumo'], 'sumo', 'su[a-zA-Z0-9]{12}', {
    severity: 'medium',
  }),
  keyedRule('looker-client-id', 'Looker API client id', ['looker'], 'looker', '[a-z0-9]{20}', {
    entropy: 3.5,
    severity: 'medium',
  }),
  keyedRule('adobe-client-id', 'Adobe client id', ['adobe'], 'adobe', '[a-f0-9]{32}', { severity: 'medium' }),
  keyedRule('asana-client-id', 'Asana client id', ['asana'], 'asana', '[0-9]{16}', {
    entropy: 2.5,
    severity: 'medium',
  }),
  keyedRule('confluent-access-key', 'Confluent API key', ['confluent'], 'confluent', '[a-z0-9]{16}', {
    entropy: 3,
    severity: 'medium',
  }),
  keyedRule(
    'privateai-api-token',
    'Private AI API key',
    ['privateai', 'private_ai', 'private-ai'],
    'private[_-]?ai',
    '[a-z0-9]{32}',
    { entropy: 3.5 },
  ),
]
