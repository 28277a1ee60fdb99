/**
 * One clear sentence for the usual ways an SSH connection fails, read from the client's
 * stderr; undefined when the text is not one of them (the caller then shows the tail).
 */
export function explainSshFailure(stderr: string): string | undefined {
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed/.test(stderr))
    return 'Host key verification failed: the host key does not match target.knownHosts (a changed or wrong key, or an unexpected host)'
  if (/No (ED25519|RSA|ECDSA)? ?host key is known|host key for .* is not known/i.test(stderr))
    return 'Host key verification failed: target.knownHosts has no key for this host and port'
  if (/Permission denied \(publickey/.test(stderr))
    return 'Permission denied: the key in target.keySecret is not authorized for this user'
  if (/Load key .*: (invalid format|error in libcrypto)/.test(stderr))
    return 'the secret named by target.keySecret is not a valid private key (OpenSSH or PEM format)'
  if (/Connection refused/.test(stderr)) return 'connection refused: nothing listens on that host and port'
  if (/Connection timed out|Operation timed out|timed out during banner exchange/.test(stderr))
    return 'connection timed out (host unreachable or filtered)'
  if (/Could not resolve hostname/.test(stderr)) return 'the host name does not resolve'
  return undefined
}
