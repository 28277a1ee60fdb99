import type { SecretRule } from '../rule.ts'
import { defineRule, keyedRule, UUID } from '../define-rule.ts'

const live = ['sk_live_', 'sk_test_', 'sk_prod_', 'rk_live_', 'rk_test_', 'rk_prod_']

/** Payments and commerce: Stripe, Square, PayPal/Braintree, Shopify, Flutterwave, GoCardless, Lob, Plaid, crypto exchanges, shipping. */
export const paymentRules: readonly SecretRule[] = [
  defineRule(
    'stripe-secret-key',
    'Stripe secret or restricted key',
    live,
    '\\b((?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99})\\b',
    { entropy: 3 },
  ),
  defineRule(
    'square-access-token',
    'Square access token',
    ['eaaa', 'sq0atp-'],
    '\\b((?:EAAA|sq0atp-)[\\w-]{22,60})(?![\\w-])',
    { entropy: 3.5 },
  ),
  defineRule('square-oauth-secret', 'Square OAuth secret', ['sq0csp-'], '\\b(sq0csp-[\\w-]{43})(?![\\w-])', {
    entropy: 3.5,
  }),
  keyedRule('squarespace-access-token', 'Squarespace API key', ['squarespace'], 'squarespace', UUID),
  defineRule(
    'braintree-access-token',
    'PayPal Braintree production access token',
    ['access_token$production$'],
    '\\b(access_token\\$production\\$[0-9a-z]{16}\\$[0-9a-f]{32})\\b',
    { entropy: 3 },
  ),
  defineRule('shopify-access-token', 'Shopify access token', ['shpat_'], '\\b(shpat_[a-fA-F0-9]{32})\\b', {
    entropy: 3,
  }),
  defineRule(
    'shopify-custom-access-token',
    'Shopify custom app access token',
    ['shpca_'],
    '\\b(shpca_[a-fA-F0-9]{32})\\b',
    { entropy: 3 },
  ),
  defineRule(
    'shopify-private-app-access-token',
    'Shopify private app access token',
    ['shppa_'],
    '\\b(shppa_[a-fA-F0-9]{32})\\b',
    { entropy: 3 },
  ),
  defineRule('shopify-shared-secret', 'Shopify shared secret', ['shpss_'], '\\b(shpss_[a-fA-F0-9]{32})\\b', {
    entropy: 3,
  }),
  defineRule(
    'flutterwave-secret-key',
    'Flutterwave secret key',
    ['flwseck_test-', 'flwseck-'],
    '\\b(FLWSECK(?:_TEST)?-[a-h0-9]{32}-X)\\b',
    { entropy: 3 },
  ),
  defineRule(
    'flutterwave-encryption-key',
    'Flutterwave encryption key',
    ['flwseck_test', 'flwseck'],
    '\\b(FLWSECK(?:_TEST)?[a-h0-9]{12})\\b',
    { entropy: 2.5, severity: 'medium' },
  ),
  keyedRule(
    'gocardless-api-token',
    'GoCardless access token',
    ['gocardless'],
    'gocardless',
    '(?:live|sandbox)_[\\w=-]{40}',
  ),
  keyedRule('lob-api-key', 'Lob API key', ['lob'], 'lob', '(?:live|test)_[a-f0-9]{35}'),
  defineRule(
    'plaid-access-token',
    'Plaid access token',
    ['access-sandbox-', 'access-development-', 'access-production-'],
    `\\b(access-(?:sandbox|development|production)-${UUID})\\b`,
  ),
  keyedRule('plaid-secret-key', 'Plaid secret key', ['plaid'], 'plaid', '[a-f0-9]{30}'),
  keyedRule('coinbase-access-token', 'Coinbase API secret', ['coinbase'], 'coinbase', '[\\w-]{64}', { entropy: 3.5 }),
  keyedRule('kraken-access-token', 'Kraken API secret', ['kraken'], 'kraken', '[\\w/=+-]{80,90}', { entropy: 4 }),
  keyedRule('kucoin-secret-key', 'KuCoin API secret', ['kucoin'], 'kucoin', UUID),
  keyedRule('bittrex-secret-key', 'Bittrex API secret', ['bittrex'], 'bittrex', '[a-zA-Z0-9]{32}', { entropy: 3.5 }),
  defineRule(
    'razorpay-key-id',
    'Razorpay key id',
    ['rzp_live_', 'rzp_test_'],
    '\\b(rzp_(?:live|test)_[A-Za-z0-9]{14})\\b',
    { entropy: 3, severity: 'medium' },
  ),
  defineRule('duffel-api-token', 'Duffel API token', ['duffel_'], '\\b(duffel_(?:test|live)_[\\w=-]{43})(?![\\w=-])', {
    entropy: 3.5,
  }),
  defineRule('easypost-api-token', 'EasyPost API key', ['ezak', 'eztk'], '\\b(EZ[AT]K[a-zA-Z0-9]{54})\\b', {
    entropy: 3.5,
  }),
  defineRule('shippo-api-token', 'Shippo API token', ['shippo_'], '\\b(shippo_(?:live|test)_[a-fA-F0-9]{40})\\b', {
    entropy: 3,
  }),
  keyedRule('finicity-api-token', 'Finicity API token', ['finicity'], 'finicity', '[a-f0-9]{32}'),
  keyedRule('freshbooks-access-token', 'FreshBooks access token', ['freshbooks'], 'freshbooks', '[a-f0-9]{64}'),
  keyedRule('etsy-access-token', 'Etsy API key', ['etsy'], 'etsy', '[a-z0-9]{24}', { entropy: 3.5 }),
  defineRule(
    'flutterwave-public-key',
    'Flutterwave public key',
    ['flwpubk_test-', 'flwpubk-'],
    '\\b(FLWPUBK(?:_TEST)?-[a-h0-9]{32}-X)\\b',
    { entropy: 3, severity: 'low' },
  ),
  keyedRule('kucoin-access-token', 'KuCoin API key', ['kucoin'], 'kucoin', '[a-f0-9]{24}'),
  keyedRule('lob-pub-api-key', 'Lob publishable API key', ['lob'], 'lob', '(?:test|live)_pub_[a-f0-9]{31}', {
    severity: 'low',
  }),
  keyedRule('plaid-client-id', 'Plaid client id', ['plaid'], 'plaid', '[a-z0-9]{24}', {
    entropy: 3.5,
    severity: 'medium',
  }),
  keyedRule('finicity-client-secret', 'Finicity client secret', ['finicity'], 'finicity', '[a-z0-9]{20}', {
    entropy: 3.5,
  }),
  defineRule(
    'freemius-secret-key',
    'Freemius secret key in a PHP config array',
    ['secret_key'],
    '["\']secret_key["\'][ \\t]{0,5}=>[ \\t]{0,5}["\'](sk_[^\\s"\']{29})["\']',
    { paths: /\.php$/, entropy: 3 },
  ),
]
