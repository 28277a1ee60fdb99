/**
 * Credentials published on purpose: example keys in providers' documentation and sample
 * values shipped in SDKs. They are public, so finding one is not a leak. Each entry names
 * where it is published; `fragment` entries match anywhere inside a value (a sample token's
 * payload or signature reused in longer strings). To allow another known public value in a
 * repository, add its hash to the ignore file (`sha256:<hash>`, see docs/ops/secrets.scan.md).
 */
export const PUBLIC_VALUES: readonly { value: string; source: string; fragment?: boolean }[] = [
  { value: 'AKIAIOSFODNN7EXAMPLE', source: 'AWS IAM User Guide, example access key ID' },
  { value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', source: 'AWS IAM User Guide, example secret access key' },
  { value: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', source: 'Stripe API reference, sample test secret key' },
  { value: 'pk_test_TYooMQauvdEDq54NiTphI7jx', source: 'Stripe API reference, sample test publishable key' },
  {
    value: 'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
    source: 'Stripe documentation (earlier editions), sample test secret key',
  },
  {
    value: 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIi',
    source: 'jwt.io debugger sample token, payload {"sub":"1234567890","name":"John Doe",…}',
    fragment: true,
  },
  { value: 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', source: 'jwt.io debugger sample token, HS256 signature' },
  {
    value: 'aBBKDWQvyuVcTPH9EBp%2FXTI9E%2F%2Fmq171%2BZU178wcwqU%3D',
    source: 'AWS DataSync User Guide, Azure Blob SAS token example',
  },
  // Google API keys in the public sample and test configuration of firebase/firebase-android-sdk.
  ...[
    'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
    'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
    'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
    'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
    'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
    'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
    'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
    'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
    'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
    'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
    'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
    'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
    'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
    'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
  ].map((value) => ({ value, source: 'firebase/firebase-android-sdk, public sample and test configuration' })),
]

const exact = new Set(PUBLIC_VALUES.filter((e) => !e.fragment).map((e) => e.value))
const fragments = PUBLIC_VALUES.filter((e) => e.fragment).map((e) => e.value)

/** True when `value` is, or carries, a credential published on purpose (see PUBLIC_VALUES). */
export function isPublicValue(value: string): boolean {
  return exact.has(value) || fragments.some((f) => value.includes(f))
}
