import { describe, expect, it } from 'vitest'
import { knownHostsFor } from '../../../../src/deploy/targets/known-hosts-for.ts'

describe('knownHostsFor', () => {
  it('repeats a bare-host entry for [host]:port on a non-default port', () => {
    expect(knownHostsFor('erp.example.com ssh-ed25519 AAAAkey\r\n', 'erp.example.com', 2222)).toBe(
      'erp.example.com ssh-ed25519 AAAAkey\n[erp.example.com]:2222 ssh-ed25519 AAAAkey\n',
    )
    expect(knownHostsFor('a,erp.example.com ssh-rsa AAAAr', 'erp.example.com', 2222)).toContain(
      '[erp.example.com]:2222 ssh-rsa AAAAr',
    )
  })
  it('adds nothing for port 22, for other hosts or for hashed entries', () => {
    expect(knownHostsFor('erp ssh-ed25519 K', 'erp', 22)).toBe('erp ssh-ed25519 K\n')
    expect(knownHostsFor('other ssh-ed25519 K', 'erp', 2222)).toBe('other ssh-ed25519 K\n')
    expect(knownHostsFor('|1|abc|def ssh-ed25519 K', 'erp', 2222)).toBe('|1|abc|def ssh-ed25519 K\n')
  })
})
