import { describe, expect, it } from 'vitest'
import { explainSshFailure } from '../../../../src/deploy/targets/explain-ssh-failure.ts'

describe('explainSshFailure', () => {
  it.each([
    ['@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@', 'Host key verification failed'],
    [
      'No ED25519 host key is known for [127.0.0.1]:2222 and you have requested strict checking.\nHost key verification failed.',
      'Host key verification failed',
    ],
    ['deploy@erp: Permission denied (publickey).', 'not authorized'],
    ['Load key "/tmp/x/id": invalid format', 'not a valid private key'],
    ['ssh: connect to host 127.0.0.1 port 1: Connection refused', 'connection refused'],
    ['ssh: Could not resolve hostname nowhere: Name or service not known', 'does not resolve'],
  ])('explains %j', (stderr, expected) => {
    expect(explainSshFailure(stderr)).toContain(expected)
  })
  it('leaves other text to the caller', () => {
    expect(explainSshFailure('df: /srv: No such file or directory')).toBeUndefined()
  })
})
