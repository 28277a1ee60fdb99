import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/deploy/describe-run.ts
function runUrlOf(ctx) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = ctx.env;
  if (server && repo && run) return `${server}/${repo}/actions/runs/${run}`;
  return ctx.ports.runUrl ?? `oda-run:${ctx.runId}`;
}
function triggerOf(ctx) {
  return ctx.env.GITHUB_EVENT_NAME ? `${ctx.face}:${ctx.env.GITHUB_EVENT_NAME}` : ctx.face;
}

// src/deploy/targets/explain-ssh-failure.ts
function explainSshFailure(stderr) {
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed/.test(stderr))
    return "Host key verification failed: the host key does not match target.knownHosts (a changed or wrong key, or an unexpected host)";
  if (/No (ED25519|RSA|ECDSA)? ?host key is known|host key for .* is not known/i.test(stderr))
    return "Host key verification failed: target.knownHosts has no key for this host and port";
  if (/Permission denied \(publickey/.test(stderr))
    return "Permission denied: the key in target.keySecret is not authorized for this user";
  if (/Load key .*: (invalid format|error in libcrypto)/.test(stderr))
    return "the secret named by target.keySecret is not a valid private key (OpenSSH or PEM format)";
  if (/Connection refused/.test(stderr)) return "connection refused: nothing listens on that host and port";
  if (/Connection timed out|Operation timed out|timed out during banner exchange/.test(stderr))
    return "connection timed out (host unreachable or filtered)";
  if (/Could not resolve hostname/.test(stderr)) return "the host name does not resolve";
  return void 0;
}

export {
  explainSshFailure,
  runUrlOf,
  triggerOf
};
