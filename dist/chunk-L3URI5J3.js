import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  isPlaceholder,
  shannonEntropy
} from "./chunk-ZZVN4ZIJ.js";

// src/secrets/kubernetes-secret.ts
var KUBERNETES_SECRET = /(?:^|\n)[ \t]*["']?kind["']?[ \t]*:[ \t]*["']?Secret["']?[ \t]*(?:,|\r?\n|$)/;
var ENTRY = /^([ \t]+)([\w.-]{1,253}):[ \t]*(["']?)([^\s"'#]{1,8192})\3[ \t]*(?:#.*)?\r?$/;
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var SAMPLE_VALUES = /* @__PURE__ */ new Set(["password", "admin", "secret", "changeme", "postgres", "root", "user", "test", "odoo"]);
function judgeSecretValue(value, binary = false) {
  if (binary) return value.length >= 16;
  if (value.length < 8 || isPlaceholder(value) || SAMPLE_VALUES.has(value.toLowerCase())) return false;
  return shannonEntropy(value) >= 2.5;
}
function secretDataValues(block) {
  const firstNl = block.indexOf("\n");
  const first = firstNl < 0 ? block : block.slice(0, firstNl);
  const indent = /^[ \t]*/.exec(first)[0].length;
  const encoded = /^[ \t]*data:/.test(first);
  const out = [];
  let offset = firstNl + 1;
  while (firstNl >= 0 && offset < block.length) {
    const nl = block.indexOf("\n", offset);
    const line = nl < 0 ? block.slice(offset) : block.slice(offset, nl);
    const next = nl < 0 ? block.length : nl + 1;
    if (line.trim() === "" || line.trim().startsWith("#")) {
      offset = next;
      continue;
    }
    const m = ENTRY.exec(line);
    if (!m || m[1].length <= indent) break;
    const value = m[4];
    if (encoded ? judgeEncoded(value) : judgeSecretValue(value))
      out.push({ secret: value, offset: offset + line.indexOf(value, m[1].length + m[2].length + 1) });
    offset = next;
  }
  return out;
}
function judgeEncoded(value) {
  if (value.length < 12 || !BASE64.test(value) || isPlaceholder(value)) return false;
  const bytes = Buffer.from(value, "base64");
  const text = bytes.toString("utf8");
  const printable = /^[\x20-\x7e\t\r\n]*$/.test(text);
  return judgeSecretValue(printable ? text.trim() : text, !printable);
}

// src/secrets/define-rule.ts
function defineRule(id, description, keywords, source, o = {}) {
  const { flags, ...rest } = o;
  return {
    id,
    description,
    keywords,
    regex: new RegExp(source, flags ?? ""),
    secretGroup: 1,
    severity: "high",
    ...rest
  };
}
var ASSIGN = `[ \\t\\w.-]{0,25}[\\s'"\`]{0,3}(?:=|:=|=>|:{1,3}=?|\\?=|\\|\\|:|,|>)[\\s'"\`]{0,5}`;
function isWordIdentifier(value) {
  if (/[0-9]/.test(value)) return false;
  return /^(?:[a-z]{2,}|[A-Z][a-z]{1,})(?:[A-Z][a-z]{1,})+$/.test(value) || /^[a-z]{2,}(?:_[a-z]{2,})+$/i.test(value);
}
function keyedRule(id, description, keywords, name, secret, o = {}) {
  const reject = o.reject;
  return defineRule(
    id,
    description,
    keywords,
    `(?:(?<![A-Za-z])|(?=[A-Z]))(?i:${name})${ASSIGN}((?i:${secret}))(?![\\w-])`,
    {
      entropy: 3,
      ...o,
      reject: (m, line, path) => isWordIdentifier(m[1] ?? "") || (reject?.(m, line, path) ?? false)
    }
  );
}
var UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

// src/secrets/structure-checks.ts
function decodeSegment(segment) {
  try {
    return JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
  } catch {
    return void 0;
  }
}
function jwtStructure(token, now = Date.now()) {
  const [header, payload] = token.split(".");
  if (header === void 0 || payload === void 0) return "invalid";
  const h = decodeSegment(header);
  const p = decodeSegment(payload);
  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  if (!isObject(h) || typeof h.alg !== "string" || !isObject(p)) return "invalid";
  return typeof p.exp === "number" && p.exp * 1e3 < now ? "invalid" : "valid";
}
function awsKeyIdStructure(id) {
  return /^(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16}$/.test(id) ? "valid" : "invalid";
}
function openAiMarker(key) {
  return key.includes("T3BlbkFJ") ? "valid" : "unchecked";
}
function anthropicMarker(key) {
  return key.endsWith("AA") ? "valid" : "invalid";
}

// src/secrets/rules/cloud.ts
var cloudRules = [
  defineRule(
    "aws-access-key-id",
    "AWS access key id",
    ["akia", "asia", "abia", "acca"],
    "\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b",
    { entropy: 3, validate: awsKeyIdStructure }
  ),
  defineRule(
    "aws-secret-access-key",
    "AWS secret access key",
    ["aws"],
    `(?i:aws)[\\w.-]{0,20}(?i:secret|sk)[\\w.-]{0,20}[\\s'"]{0,3}(?:=|:=|=>|:)[\\s'"]{0,5}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    { entropy: 4 }
  ),
  defineRule(
    "aws-bedrock-api-key",
    "Amazon Bedrock long-term API key",
    ["absk"],
    "\\b(ABSK[A-Za-z0-9+/]{109,269}={0,2})",
    { entropy: 4 }
  ),
  defineRule("gcp-api-key", "Google Cloud / Gemini API key", ["aiza"], "\\b(AIza[\\w-]{35})(?![\\w-])", {
    entropy: 3.5
  }),
  defineRule(
    "gcp-service-account-key-id",
    "Google Cloud service account key (private_key_id in a key file)",
    ["private_key_id"],
    '"private_key_id"\\s{0,5}:\\s{0,5}"([a-f0-9]{40})"',
    { entropy: 3 }
  ),
  defineRule(
    "azure-ad-client-secret",
    "Azure AD (Entra ID) client secret",
    ["q~"],
    "(?:^|[\\\\'\"`\\s>=:(,])([a-zA-Z0-9_~.]{3}\\dQ~[a-zA-Z0-9_~.-]{31,34})(?:$|[\\\\'\"`\\s<),])",
    { entropy: 3 }
  ),
  defineRule(
    "azure-storage-account-key",
    "Azure storage account key in a connection string",
    ["accountkey"],
    "(?i:AccountKey)=([A-Za-z0-9+/]{86}==)",
    { entropy: 4 }
  ),
  defineRule(
    "azure-sas-token",
    "Azure shared access signature",
    ["sig="],
    `\\bsv=\\d{4}-\\d{2}-\\d{2}&[^\\s"'<>]{0,300}?\\bsig=([A-Za-z0-9%+/]{40,90})`,
    { entropy: 4, severity: "medium" }
  ),
  defineRule(
    "azure-devops-pat",
    "Azure DevOps personal access token",
    ["azdo"],
    "\\b([a-zA-Z0-9]{76}AZDO[a-zA-Z0-9]{4})\\b",
    { entropy: 4 }
  ),
  defineRule(
    "digitalocean-token",
    "DigitalOcean personal, OAuth or refresh token",
    ["dop_v1_", "doo_v1_", "dor_v1_"],
    "\\b((?:dop|doo|dor)_v1_[a-f0-9]{64})\\b",
    { entropy: 3 }
  ),
  defineRule("alibaba-access-key-id", "Alibaba Cloud AccessKey id", ["ltai"], "\\b(LTAI[a-zA-Z0-9]{20})\\b", {
    entropy: 3
  }),
  keyedRule("alibaba-secret-key", "Alibaba Cloud AccessKey secret", ["alibaba"], "alibaba", "[a-zA-Z0-9]{30}", {
    entropy: 3.5
  }),
  keyedRule("heroku-api-key", "Heroku API key", ["heroku"], "heroku", UUID),
  defineRule("heroku-api-key-v2", "Heroku platform API key", ["hrku-aa"], "\\b(HRKU-AA[0-9a-zA-Z_-]{58})(?![\\w-])", {
    entropy: 4
  }),
  keyedRule("scaleway-secret-key", "Scaleway secret key", ["scw", "scaleway"], "scw|scaleway", UUID),
  keyedRule("cloudflare-api-token", "Cloudflare API token", ["cloudflare"], "cloudflare", "[\\w-]{40}", {
    entropy: 3.5
  }),
  keyedRule("cloudflare-global-api-key", "Cloudflare global API key", ["cloudflare"], "cloudflare", "[a-f0-9]{37}", {
    entropy: 3
  }),
  defineRule(
    "cloudflare-origin-ca-key",
    "Cloudflare Origin CA key",
    ["v1.0-"],
    "\\b(v1\\.0-[a-f0-9]{24}-[a-f0-9]{146})\\b",
    { entropy: 3 }
  ),
  defineRule("yandex-api-key", "Yandex Cloud API key", ["aqvn"], "\\b(AQVN[A-Za-z0-9_-]{35,38})(?![\\w-])", {
    entropy: 3.5
  }),
  keyedRule(
    "yandex-access-token",
    "Yandex Cloud IAM token",
    ["yandex"],
    "yandex",
    "t1\\.[\\w-]{10,200}={0,2}\\.[\\w-]{86}={0,2}"
  ),
  defineRule(
    "flyio-access-token",
    "Fly.io access token",
    ["fo1_", "fm1a_", "fm1r_", "fm2_"],
    "\\b((?:fo1_[\\w-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,800}={0,3}|fm2_[A-Za-z0-9+/]{100,800}={0,3}))",
    { entropy: 4 }
  ),
  defineRule("openshift-user-token", "OpenShift user token", ["sha256~"], "\\b(sha256~[\\w-]{43})(?![\\w-])", {
    entropy: 3.5
  }),
  defineRule(
    "kubernetes-secret-yaml",
    "Kubernetes Secret manifest with inline data",
    ["data:"],
    "^[ \\t]{0,40}(?:data|stringData):[ \\t]{0,20}(?:#[^\\n]{0,200})?\\r?$",
    {
      severity: "medium",
      secretGroup: 0,
      fileMatches: KUBERNETES_SECRET,
      block: { open: "ata:", maxChars: 65536, extract: secretDataValues }
    }
  ),
  keyedRule(
    "yandex-aws-access-token",
    "Yandex Cloud AWS-compatible access key",
    ["yandex"],
    "yandex",
    "YC[a-zA-Z0-9_-]{38}"
  ),
  defineRule(
    "hashicorp-tf-password",
    "Password hard-coded in a Terraform file",
    ["password"],
    '(?i:administrator_login_password|password)[ \\t]{0,5}=[ \\t]{0,5}"([^"$\\s]{8,200})"',
    { paths: /\.(?:tf|tfvars)$/, entropy: 2.5 }
  ),
  defineRule(
    "google-oauth-client-secret",
    "Google OAuth client secret",
    ["gocspx-"],
    "\\b(GOCSPX-[\\w-]{28})(?![\\w-])",
    { entropy: 3.5 }
  ),
  defineRule(
    "google-oauth-access-token",
    "Google OAuth access token",
    ["ya29."],
    "\\b(ya29\\.[\\w-]{30,400})(?![\\w-])",
    { entropy: 4, severity: "medium" }
  )
];

// src/secrets/checksums.ts
import { crc32 } from "node:zlib";

// src/secrets/base62.ts
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function encodeBase62(n, width) {
  let out = "";
  let v = n;
  while (v > 0) {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, "0");
}

// src/secrets/checksums.ts
function base62Crc32Token(token) {
  const underscore = token.indexOf("_");
  const body = token.slice(underscore + 1);
  if (body.length !== 36) return "unchecked";
  const random = body.slice(0, 30);
  return encodeBase62(crc32(random), 6) === body.slice(30) ? "valid" : "invalid";
}
function grafanaServiceAccountToken(token) {
  const m = /^(glsa_[A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(token);
  if (!m) return "unchecked";
  const sum = crc32(m[1]);
  const le = Buffer.alloc(4);
  le.writeUInt32LE(sum >>> 0);
  return le.toString("hex") === m[2] ? "valid" : "invalid";
}

// src/secrets/rules/code-hosts.ts
var github = (id, description, prefix) => defineRule(id, description, [prefix], `\\b(${prefix}[A-Za-z0-9]{36})\\b`, { validate: base62Crc32Token });
var gitlab = (id, description, prefix, body) => defineRule(id, description, [prefix.toLowerCase()], `\\b(${prefix}${body})(?![\\w-])`, { entropy: 3 });
var codeHostRules = [
  github("github-pat", "GitHub personal access token (classic)", "ghp_"),
  github("github-oauth", "GitHub OAuth access token", "gho_"),
  github("github-user-to-server", "GitHub App user-to-server token", "ghu_"),
  github("github-app-token", "GitHub App installation (server-to-server) token", "ghs_"),
  github("github-refresh-token", "GitHub refresh token", "ghr_"),
  defineRule(
    "github-fine-grained-pat",
    "GitHub fine-grained personal access token",
    ["github_pat_"],
    "\\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\\b",
    { entropy: 3.5 }
  ),
  defineRule(
    "gitlab-pat",
    "GitLab personal, project or group access token",
    ["glpat-"],
    "(?<![\\w-])(glpat-[\\w-]{20}(?:[\\w-]{7,200}\\.[0-9a-z]{2}\\.[0-9a-z]{7,9})?)(?![\\w-])",
    { entropy: 3 }
  ),
  gitlab("gitlab-pipeline-trigger-token", "GitLab pipeline trigger token", "glptt-", "[0-9a-f]{40}"),
  gitlab("gitlab-runner-registration-token", "GitLab runner registration token", "GR1348941", "[\\w-]{20}"),
  gitlab("gitlab-runner-auth-token", "GitLab runner authentication token", "glrt-", "[\\w-]{20}"),
  gitlab("gitlab-deploy-token", "GitLab deploy token", "gldt-", "[\\w-]{20}"),
  gitlab("gitlab-feed-token", "GitLab feed token", "glft-", "[\\w-]{20}"),
  gitlab("gitlab-incoming-mail-token", "GitLab incoming mail token", "glimt-", "[\\w-]{25}"),
  gitlab("gitlab-kubernetes-agent-token", "GitLab agent for Kubernetes token", "glagent-", "[\\w-]{50}"),
  gitlab("gitlab-oauth-app-secret", "GitLab OAuth application secret", "gloas-", "[\\w-]{64}"),
  gitlab("gitlab-scim-token", "GitLab SCIM token", "glsoat-", "[\\w-]{20}"),
  gitlab("gitlab-feature-flag-client-token", "GitLab feature flag client token", "glffct-", "[\\w-]{20}"),
  gitlab("gitlab-cicd-job-token", "GitLab CI/CD job token", "glcbt-", "[0-9a-zA-Z]{1,5}_[\\w-]{20}"),
  keyedRule("bitbucket-client-id", "Bitbucket OAuth client id", ["bitbucket"], "bitbucket", "[a-zA-Z0-9]{32}", {
    severity: "medium"
  }),
  keyedRule(
    "bitbucket-client-secret",
    "Bitbucket OAuth client secret",
    ["bitbucket"],
    "bitbucket",
    "[a-zA-Z0-9=_-]{64}",
    { entropy: 3.5 }
  ),
  defineRule(
    "atlassian-api-token",
    "Atlassian (Jira, Confluence, Bitbucket) API token",
    ["atatt3"],
    "(?<![\\w-])(ATATT3[A-Za-z0-9_=-]{186})(?![\\w=-])",
    { entropy: 3.5 }
  ),
  keyedRule(
    "atlassian-legacy-api-token",
    "Atlassian legacy API token",
    ["atlassian", "confluence", "jira"],
    "atlassian|confluence|jira",
    "[a-zA-Z0-9]{24}",
    { entropy: 3.5 }
  ),
  defineRule(
    "sourcegraph-access-token",
    "Sourcegraph access token",
    ["sgp_"],
    "\\b(sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})\\b",
    { entropy: 3 }
  ),
  defineRule(
    "harness-api-key",
    "Harness personal or service account token",
    ["pat.", "sat."],
    "\\b((?:pat|sat)\\.[\\w-]{22}\\.[a-zA-Z0-9]{24}\\.[a-zA-Z0-9]{20})\\b",
    { entropy: 3 }
  ),
  defineRule(
    "circleci-personal-token",
    "CircleCI personal API token",
    ["ccipat_"],
    "\\b(CCIPAT_[a-zA-Z0-9]{22}_[a-f0-9]{40})\\b",
    { entropy: 3 }
  ),
  defineRule("buildkite-api-token", "Buildkite API access token", ["bkua_"], "\\b(bkua_[a-f0-9]{40})\\b", {
    entropy: 3
  }),
  keyedRule("travisci-access-token", "Travis CI access token", ["travis"], "travis", "[a-zA-Z0-9]{22}", {
    entropy: 3.5
  }),
  keyedRule("droneci-access-token", "Drone CI access token", ["drone"], "drone", "[a-zA-Z0-9]{32}", { entropy: 3.5 }),
  keyedRule("gitter-access-token", "Gitter access token", ["gitter"], "gitter", "[a-z0-9_-]{40}", { entropy: 3.5 }),
  defineRule(
    "docker-hub-token",
    "Docker Hub personal or organisation access token",
    ["dckr_pat_", "dckr_oat_"],
    "\\b(dckr_(?:pat|oat)_[\\w-]{27,32})(?![\\w-])",
    { entropy: 3.5 }
  ),
  defineRule(
    "gitlab-session-cookie",
    "GitLab session cookie",
    ["_gitlab_session="],
    "_gitlab_session=([0-9a-z]{32})\\b",
    { entropy: 3 }
  )
];

// src/secrets/rules/registries.ts
var registryRules = [
  defineRule("npm-access-token", "npm access token", ["npm_"], "\\b(npm_[A-Za-z0-9]{36})\\b", {
    validate: base62Crc32Token
  }),
  defineRule(
    "pypi-upload-token",
    "PyPI upload token",
    ["pypi-ageichlwas5vcmc"],
    "(?<![\\w-])(pypi-AgEIcHlwaS5vcmc[\\w-]{50,1000})(?![\\w-])"
  ),
  defineRule("rubygems-api-token", "RubyGems API key", ["rubygems_"], "\\b(rubygems_[a-f0-9]{48})\\b", { entropy: 3 }),
  defineRule("nuget-api-key", "NuGet API key", ["oy2"], "(?<![A-Za-z0-9+/])(oy2[a-z0-9]{43})\\b", { entropy: 3.5 }),
  defineRule("clojars-api-token", "Clojars deploy token", ["clojars_"], "\\b(CLOJARS_[a-z0-9]{60})\\b", { entropy: 3 }),
  defineRule("artifactory-api-key", "JFrog Artifactory API key", ["akcp"], "\\b(AKCp[A-Za-z0-9]{69})\\b", {
    entropy: 4.5
  }),
  defineRule(
    "artifactory-reference-token",
    "JFrog Artifactory reference token",
    ["cmvmd"],
    "\\b(cmVmd[A-Za-z0-9]{59})\\b",
    { entropy: 4.5, severity: "medium" }
  ),
  keyedRule(
    "jfrog-api-key",
    "JFrog platform API key",
    ["jfrog", "artifactory", "bintray", "xray"],
    "jfrog|artifactory|bintray|xray",
    "[a-zA-Z0-9]{73}",
    { entropy: 4 }
  ),
  defineRule("pulumi-api-token", "Pulumi access token", ["pul-"], "\\b(pul-[a-f0-9]{40})\\b", { entropy: 3 }),
  defineRule(
    "terraform-cloud-token",
    "Terraform Cloud / Enterprise API token",
    ["atlasv1"],
    "\\b([a-zA-Z0-9]{14}\\.atlasv1\\.[a-zA-Z0-9_=-]{60,70})(?![\\w=-])",
    { entropy: 3.5 }
  ),
  defineRule("vault-service-token", "HashiCorp Vault service token", ["hvs."], "\\b(hvs\\.[\\w-]{90,120})(?![\\w-])", {
    entropy: 3.5
  }),
  // Service tokens before Vault 1.10: `s.` and 24 base62 characters, under a vault name.
  keyedRule(
    "vault-legacy-service-token",
    "HashiCorp Vault service token (before 1.10)",
    ["vault"],
    "vault",
    "s\\.[a-zA-Z0-9]{24}",
    {
      entropy: 3.5
    }
  ),
  defineRule("vault-batch-token", "HashiCorp Vault batch token", ["hvb."], "\\b(hvb\\.[\\w-]{138,300})(?![\\w-])", {
    entropy: 4
  }),
  defineRule("doppler-api-token", "Doppler service token", ["dp.pt."], "\\b(dp\\.pt\\.[a-zA-Z0-9]{43})\\b", {
    entropy: 3.5
  }),
  defineRule("prefect-api-token", "Prefect API key", ["pnu_"], "\\b(pnu_[a-zA-Z0-9]{36})\\b", { entropy: 3.5 }),
  defineRule("readme-api-token", "ReadMe API key", ["rdme_"], "\\b(rdme_[a-z0-9]{70})\\b", { entropy: 3.5 }),
  defineRule("scalingo-api-token", "Scalingo API token", ["tk-us-"], "\\b(tk-us-[\\w-]{48})(?![\\w-])", {
    entropy: 3.5
  }),
  defineRule(
    "settlemint-token",
    "SettleMint access token",
    ["sm_pat_", "sm_aat_", "sm_sat_"],
    "\\b(sm_(?:pat|aat|sat)_[a-zA-Z0-9]{16})\\b",
    { entropy: 3 }
  ),
  defineRule("infracost-api-token", "Infracost API key", ["ico-"], "\\b(ico-[a-zA-Z0-9]{32})\\b", { entropy: 3.5 }),
  defineRule("octopus-deploy-api-key", "Octopus Deploy API key", ["api-"], "\\b(API-[A-Z0-9]{26})\\b", { entropy: 3 }),
  defineRule(
    "defined-networking-api-token",
    "Defined Networking API token",
    ["dnkey-"],
    "\\b(dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52})(?![\\w=-])",
    { entropy: 3.5 }
  ),
  keyedRule(
    "sidekiq-secret",
    "Sidekiq Enterprise/Pro gem credentials",
    ["bundle_enterprise__contribsys__com", "bundle_gems__contribsys__com"],
    "BUNDLE_ENTERPRISE__CONTRIBSYS__COM|BUNDLE_GEMS__CONTRIBSYS__COM",
    "[a-f0-9]{8}:[a-f0-9]{8}"
  ),
  defineRule(
    "sidekiq-sensitive-url",
    "Sidekiq Enterprise/Pro gem source URL with credentials",
    ["contribsys.com"],
    "\\bhttps?://([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com",
    { entropy: 2.5 }
  ),
  defineRule(
    "npmrc-auth-token",
    "Registry auth token in an .npmrc",
    ["_authtoken"],
    `_authToken[ \\t]{0,3}=[ \\t]{0,3}["']?([\\w.+/=-]{20,300})`,
    { entropy: 3.5 }
  )
];

// src/secrets/rules/payments.ts
var live = ["sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_"];
var paymentRules = [
  defineRule(
    "stripe-secret-key",
    "Stripe secret or restricted key",
    live,
    "\\b((?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99})\\b",
    { entropy: 3 }
  ),
  defineRule(
    "square-access-token",
    "Square access token",
    ["eaaa", "sq0atp-"],
    "\\b((?:EAAA|sq0atp-)[\\w-]{22,60})(?![\\w-])",
    { entropy: 3.5 }
  ),
  defineRule("square-oauth-secret", "Square OAuth secret", ["sq0csp-"], "\\b(sq0csp-[\\w-]{43})(?![\\w-])", {
    entropy: 3.5
  }),
  keyedRule("squarespace-access-token", "Squarespace API key", ["squarespace"], "squarespace", UUID),
  defineRule(
    "braintree-access-token",
    "PayPal Braintree production access token",
    ["access_token$production$"],
    "\\b(access_token\\$production\\$[0-9a-z]{16}\\$[0-9a-f]{32})\\b",
    { entropy: 3 }
  ),
  defineRule("shopify-access-token", "Shopify access token", ["shpat_"], "\\b(shpat_[a-fA-F0-9]{32})\\b", {
    entropy: 3
  }),
  defineRule(
    "shopify-custom-access-token",
    "Shopify custom app access token",
    ["shpca_"],
    "\\b(shpca_[a-fA-F0-9]{32})\\b",
    { entropy: 3 }
  ),
  defineRule(
    "shopify-private-app-access-token",
    "Shopify private app access token",
    ["shppa_"],
    "\\b(shppa_[a-fA-F0-9]{32})\\b",
    { entropy: 3 }
  ),
  defineRule("shopify-shared-secret", "Shopify shared secret", ["shpss_"], "\\b(shpss_[a-fA-F0-9]{32})\\b", {
    entropy: 3
  }),
  defineRule(
    "flutterwave-secret-key",
    "Flutterwave secret key",
    ["flwseck_test-", "flwseck-"],
    "\\b(FLWSECK(?:_TEST)?-[a-h0-9]{32}-X)\\b",
    { entropy: 3 }
  ),
  defineRule(
    "flutterwave-encryption-key",
    "Flutterwave encryption key",
    ["flwseck_test", "flwseck"],
    "\\b(FLWSECK(?:_TEST)?[a-h0-9]{12})\\b",
    { entropy: 2.5, severity: "medium" }
  ),
  keyedRule(
    "gocardless-api-token",
    "GoCardless access token",
    ["gocardless"],
    "gocardless",
    "(?:live|sandbox)_[\\w=-]{40}"
  ),
  keyedRule("lob-api-key", "Lob API key", ["lob"], "lob", "(?:live|test)_[a-f0-9]{35}"),
  defineRule(
    "plaid-access-token",
    "Plaid access token",
    ["access-sandbox-", "access-development-", "access-production-"],
    `\\b(access-(?:sandbox|development|production)-${UUID})\\b`
  ),
  keyedRule("plaid-secret-key", "Plaid secret key", ["plaid"], "plaid", "[a-f0-9]{30}"),
  keyedRule("coinbase-access-token", "Coinbase API secret", ["coinbase"], "coinbase", "[\\w-]{64}", { entropy: 3.5 }),
  keyedRule("kraken-access-token", "Kraken API secret", ["kraken"], "kraken", "[\\w/=+-]{80,90}", { entropy: 4 }),
  keyedRule("kucoin-secret-key", "KuCoin API secret", ["kucoin"], "kucoin", UUID),
  keyedRule("bittrex-secret-key", "Bittrex API secret", ["bittrex"], "bittrex", "[a-zA-Z0-9]{32}", { entropy: 3.5 }),
  defineRule(
    "razorpay-key-id",
    "Razorpay key id",
    ["rzp_live_", "rzp_test_"],
    "\\b(rzp_(?:live|test)_[A-Za-z0-9]{14})\\b",
    { entropy: 3, severity: "medium" }
  ),
  defineRule("duffel-api-token", "Duffel API token", ["duffel_"], "\\b(duffel_(?:test|live)_[\\w=-]{43})(?![\\w=-])", {
    entropy: 3.5
  }),
  defineRule("easypost-api-token", "EasyPost API key", ["ezak", "eztk"], "\\b(EZ[AT]K[a-zA-Z0-9]{54})\\b", {
    entropy: 3.5
  }),
  defineRule("shippo-api-token", "Shippo API token", ["shippo_"], "\\b(shippo_(?:live|test)_[a-fA-F0-9]{40})\\b", {
    entropy: 3
  }),
  keyedRule("finicity-api-token", "Finicity API token", ["finicity"], "finicity", "[a-f0-9]{32}"),
  keyedRule("freshbooks-access-token", "FreshBooks access token", ["freshbooks"], "freshbooks", "[a-f0-9]{64}"),
  keyedRule("etsy-access-token", "Etsy API key", ["etsy"], "etsy", "[a-z0-9]{24}", { entropy: 3.5 }),
  defineRule(
    "flutterwave-public-key",
    "Flutterwave public key",
    ["flwpubk_test-", "flwpubk-"],
    "\\b(FLWPUBK(?:_TEST)?-[a-h0-9]{32}-X)\\b",
    { entropy: 3, severity: "low" }
  ),
  keyedRule("kucoin-access-token", "KuCoin API key", ["kucoin"], "kucoin", "[a-f0-9]{24}"),
  keyedRule("lob-pub-api-key", "Lob publishable API key", ["lob"], "lob", "(?:test|live)_pub_[a-f0-9]{31}", {
    severity: "low"
  }),
  keyedRule("plaid-client-id", "Plaid client id", ["plaid"], "plaid", "[a-z0-9]{24}", {
    entropy: 3.5,
    severity: "medium"
  }),
  keyedRule("finicity-client-secret", "Finicity client secret", ["finicity"], "finicity", "[a-z0-9]{20}", {
    entropy: 3.5
  }),
  defineRule(
    "freemius-secret-key",
    "Freemius secret key in a PHP config array",
    ["secret_key"],
    `["']secret_key["'][ \\t]{0,5}=>[ \\t]{0,5}["'](sk_[^\\s"']{29})["']`,
    { paths: /\.php$/, entropy: 3 }
  )
];

// src/secrets/rules/messaging.ts
var messagingRules = [
  defineRule("slack-bot-token", "Slack bot token", ["xoxb-"], "\\b(xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]{0,64})", {
    entropy: 3
  }),
  // Bot tokens issued before 2019 have one digit group: xoxb-<team id>-<24 characters>.
  defineRule(
    "slack-legacy-bot-token",
    "Slack legacy bot token",
    ["xoxb-"],
    "(?<![\\w-])(xoxb-[0-9]{8,14}-[a-zA-Z0-9]{18,26})(?![\\w-])",
    { entropy: 3 }
  ),
  defineRule(
    "slack-user-token",
    "Slack user token",
    ["xoxp-", "xoxe-"],
    "\\b(xox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34})",
    { entropy: 3 }
  ),
  defineRule(
    "slack-app-token",
    "Slack app-level token",
    ["xapp-"],
    "\\b(xapp-\\d-[A-Z0-9]{9,12}-\\d{10,14}-[a-f0-9]{64})\\b",
    { entropy: 3 }
  ),
  defineRule(
    "slack-config-token",
    "Slack configuration access or refresh token",
    ["xoxe.xox", "xoxe-"],
    "\\b(xoxe\\.xox[bp]-\\d-[A-Za-z0-9]{163,166}|xoxe-\\d-[A-Za-z0-9]{146})\\b",
    { entropy: 3 }
  ),
  defineRule(
    "slack-legacy-token",
    "Slack legacy workspace or bot token",
    ["xoxo-", "xoxs-", "xoxa-", "xoxr-"],
    "\\b(xox[osar]-\\d{1,20}-\\d{1,20}(?:-\\d{1,20})?-[a-zA-Z0-9]{8,64})\\b",
    { entropy: 3 }
  ),
  defineRule(
    "slack-webhook-url",
    "Slack incoming webhook or workflow URL",
    ["hooks.slack.com"],
    "(hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56})",
    { entropy: 3.5 }
  ),
  defineRule(
    "discord-webhook-url",
    "Discord webhook URL",
    ["discord.com/api/webhooks", "discordapp.com/api/webhooks"],
    "(discord(?:app)?\\.com/api/webhooks/\\d{17,20}/[\\w-]{60,68})(?![\\w-])",
    { entropy: 3.5 }
  ),
  keyedRule("discord-api-token", "Discord API key", ["discord"], "discord", "[a-f0-9]{64}"),
  keyedRule("discord-client-secret", "Discord client secret", ["discord"], "discord", "[a-zA-Z0-9=_-]{32}", {
    entropy: 3.5
  }),
  defineRule(
    "telegram-bot-token",
    "Telegram bot API token",
    ["telegr", "api.telegram.org/bot"],
    "(?<![\\w:])(\\d{5,16}:A[\\w-]{34})(?![\\w-])",
    { entropy: 3.5 }
  ),
  defineRule(
    "microsoft-teams-webhook",
    "Microsoft Teams incoming webhook URL",
    ["webhook.office.com"],
    "(https://[a-z0-9-]{1,50}\\.webhook\\.office\\.com/webhookb2/[a-z0-9-]{36}@[a-z0-9-]{36}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9-]{36})",
    { entropy: 3 }
  ),
  keyedRule("mattermost-access-token", "Mattermost access token", ["mattermost"], "mattermost", "[a-z0-9]{26}", {
    entropy: 3.5
  }),
  keyedRule("twitter-api-secret", "Twitter/X API secret", ["twitter"], "twitter", "[a-zA-Z0-9]{50}", { entropy: 4 }),
  keyedRule(
    "twitter-access-token",
    "Twitter/X access token",
    ["twitter"],
    "twitter",
    "[0-9]{15,25}-[a-zA-Z0-9]{20,40}",
    { entropy: 3.5 }
  ),
  keyedRule("twitter-bearer-token", "Twitter/X bearer token", ["twitter"], "twitter", "A{22}[a-zA-Z0-9%]{80,100}", {
    entropy: 3.5,
    noPlaceholderCheck: true
  }),
  keyedRule("twitch-api-token", "Twitch API token", ["twitch"], "twitch", "[a-z0-9]{30}", { entropy: 3.5 }),
  keyedRule("facebook-secret", "Facebook app secret", ["facebook"], "facebook", "[a-f0-9]{32}"),
  defineRule(
    "facebook-page-access-token",
    "Facebook page access token",
    ["eaam", "eaac"],
    "\\b(EAA[MC][a-zA-Z0-9]{100,400})\\b",
    { entropy: 4 }
  ),
  keyedRule(
    "linkedin-client-secret",
    "LinkedIn client secret",
    ["linkedin", "linked_in", "linked-in"],
    "linked[_-]?in",
    "[a-zA-Z0-9]{16}",
    { entropy: 3.5 }
  ),
  keyedRule("intercom-api-key", "Intercom access token", ["intercom"], "intercom", "[\\w=-]{60}", { entropy: 4 }),
  keyedRule("zendesk-secret-key", "Zendesk API token", ["zendesk"], "zendesk", "[a-zA-Z0-9]{40}", { entropy: 4 }),
  keyedRule("sendbird-access-token", "Sendbird API token", ["sendbird"], "sendbird", "[a-f0-9]{40}"),
  keyedRule(
    "messagebird-api-token",
    "MessageBird API key",
    ["messagebird", "message_bird", "message-bird"],
    "message[_-]?bird",
    "[a-zA-Z0-9]{25}",
    { entropy: 3.5 }
  ),
  defineRule("twilio-api-key", "Twilio API key SID", ["sk"], "\\b(SK[0-9a-fA-F]{32})\\b", { entropy: 3 }),
  keyedRule("twilio-auth-token", "Twilio auth token", ["twilio"], "twilio", "[a-f0-9]{32}"),
  defineRule("sendgrid-api-token", "SendGrid API key", ["sg."], "\\b(SG\\.[\\w-]{22}\\.[\\w-]{43})(?![\\w-])", {
    entropy: 3.5
  }),
  keyedRule("mailgun-private-api-token", "Mailgun private API key", ["mailgun"], "mailgun", "key-[a-f0-9]{32}"),
  keyedRule(
    "mailgun-signing-key",
    "Mailgun webhook signing key",
    ["mailgun"],
    "mailgun",
    "[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}"
  ),
  keyedRule(
    "mailchimp-api-key",
    "Mailchimp / Mandrill API key",
    ["mailchimp", "mandrill"],
    "mailchimp|mandrill",
    "[a-f0-9]{32}-us\\d{1,2}"
  ),
  defineRule(
    "sendinblue-api-token",
    "Brevo (Sendinblue) API key",
    ["xkeysib-"],
    "\\b(xkeysib-[a-f0-9]{64}-[a-zA-Z0-9]{16})\\b",
    { entropy: 3 }
  ),
  keyedRule("postmark-server-token", "Postmark server token", ["postmark"], "postmark", UUID),
  keyedRule("twitter-api-key", "Twitter/X API key", ["twitter"], "twitter", "[a-zA-Z0-9]{25}", { entropy: 3.5 }),
  keyedRule("twitter-access-secret", "Twitter/X access token secret", ["twitter"], "twitter", "[a-zA-Z0-9]{45}", {
    entropy: 4
  }),
  keyedRule("discord-client-id", "Discord client id", ["discord"], "discord", "[0-9]{18}", {
    entropy: 2,
    severity: "medium"
  }),
  defineRule(
    "facebook-access-token",
    "Facebook app access token (app id | secret)",
    ["facebook", "fb_", "access_token"],
    "(?<![\\w|%])(\\d{15,16}(?:\\||%7[Cc])[0-9a-zA-Z_-]{27,40})(?![\\w-])",
    { entropy: 3.5 }
  ),
  keyedRule(
    "linkedin-client-id",
    "LinkedIn client id",
    ["linkedin", "linked_in", "linked-in"],
    "linked[_-]?in",
    "[a-z0-9]{14}",
    { entropy: 3, severity: "medium" }
  ),
  keyedRule(
    "messagebird-client-id",
    "MessageBird client id",
    ["messagebird", "message_bird", "message-bird"],
    "message[_-]?bird",
    UUID,
    { severity: "medium" }
  ),
  keyedRule("sendbird-app-id", "Sendbird application id", ["sendbird"], "sendbird", UUID, { severity: "medium" }),
  keyedRule("mailgun-pub-key", "Mailgun public validation key", ["mailgun"], "mailgun", "pubkey-[a-f0-9]{32}", {
    severity: "low"
  })
];

// src/secrets/rules/services.ts
var serviceRules = [
  keyedRule(
    "datadog-access-token",
    "Datadog API or application key",
    ["datadog", "dd_api_key", "dd_app_key"],
    "datadog|dd_api_key|dd_app_key",
    "[a-f0-9]{32}|[a-f0-9]{40}"
  ),
  defineRule("newrelic-user-api-key", "New Relic user API key", ["nrak-"], "\\b(NRAK-[A-Z0-9]{27})\\b", { entropy: 3 }),
  defineRule("newrelic-insert-key", "New Relic insert key", ["nrii-"], "\\b(NRII-[\\w-]{32})(?![\\w-])", {
    entropy: 3
  }),
  defineRule("newrelic-browser-api-token", "New Relic browser API token", ["nrjs-"], "\\b(NRJS-[a-f0-9]{19})\\b", {
    entropy: 3,
    severity: "medium"
  }),
  defineRule("newrelic-license-key", "New Relic ingest license key", ["nral"], "\\b([a-f0-9]{36}NRAL)\\b", {
    entropy: 3
  }),
  defineRule(
    "sentry-org-token",
    "Sentry organisation auth token",
    ["sntrys_"],
    "\\b(sntrys_eyJpYXQiO[a-zA-Z0-9+/]{10,300}={0,2}_[a-zA-Z0-9+/]{43})(?![\\w+/])",
    { entropy: 4 }
  ),
  defineRule("sentry-user-token", "Sentry user auth token", ["sntryu_"], "\\b(sntryu_[a-f0-9]{64})\\b", { entropy: 3 }),
  keyedRule("sentry-access-token", "Sentry legacy auth token", ["sentry"], "sentry", "[a-f0-9]{64}"),
  defineRule(
    "grafana-service-account-token",
    "Grafana service account token",
    ["glsa_"],
    "\\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})\\b",
    { validate: grafanaServiceAccountToken }
  ),
  defineRule(
    "grafana-cloud-api-token",
    "Grafana Cloud access policy token",
    ["glc_"],
    "\\b(glc_[A-Za-z0-9+/]{32,400}={0,2})",
    { entropy: 4 }
  ),
  defineRule("grafana-api-key", "Grafana legacy API key", ["eyjrijoi"], "\\b(eyJrIjoi[A-Za-z0-9]{70,400}={0,2})", {
    entropy: 4
  }),
  defineRule(
    "dynatrace-api-token",
    "Dynatrace API token",
    ["dt0c01."],
    "\\b(dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64})\\b",
    { entropy: 3.5 }
  ),
  keyedRule("sumologic-access-key", "Sumo Logic access key", ["sumo"], "sumo", "[a-zA-Z0-9]{64}", { entropy: 4 }),
  keyedRule("launchdarkly-access-token", "LaunchDarkly access token", ["launchdarkly"], "launchdarkly", "[\\w=-]{40}", {
    entropy: 3.5
  }),
  keyedRule("codecov-access-token", "Codecov upload token", ["codecov"], "codecov", "[a-f0-9]{32}|" + UUID),
  keyedRule("snyk-api-token", "Snyk API token", ["snyk"], "snyk", UUID),
  defineRule(
    "sonar-api-token",
    "SonarQube / SonarCloud token",
    ["squ_", "sqp_", "sqa_"],
    "\\b((?:squ|sqp|sqa)_[a-f0-9]{40})\\b",
    { entropy: 3 }
  ),
  // Tokens made before SonarQube 9.5 have no prefix: 40 hex characters under a sonar name (sonar.login, SONAR_TOKEN).
  keyedRule("sonar-legacy-token", "SonarQube token without a prefix (before 9.5)", ["sonar"], "sonar", "[a-f0-9]{40}", {
    entropy: 3
  }),
  keyedRule("netlify-access-token", "Netlify access token", ["netlify"], "netlify", "[\\w=-]{40,46}", { entropy: 4 }),
  keyedRule("fastly-api-token", "Fastly API token", ["fastly"], "fastly", "[\\w=-]{32}", { entropy: 3.5 }),
  keyedRule("looker-client-secret", "Looker API client secret", ["looker"], "looker", "[a-zA-Z0-9]{24}", {
    entropy: 3.5
  }),
  keyedRule("okta-access-token", "Okta API token", ["okta"], "okta", "00[\\w=-]{40}", { entropy: 4 }),
  defineRule(
    "planetscale-token",
    "PlanetScale password, API or OAuth token",
    ["pscale_"],
    "\\b(pscale_(?:tkn|pw|oauth)_[\\w=.-]{32,64})(?![\\w=.-])",
    { entropy: 3 }
  ),
  defineRule("postman-api-token", "Postman API key", ["pmak-"], "\\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34})\\b", {
    entropy: 3
  }),
  keyedRule("rapidapi-access-token", "RapidAPI key", ["rapidapi"], "rapidapi", "[\\w-]{50}", { entropy: 4 }),
  defineRule(
    "typeform-api-token",
    "Typeform personal access token",
    ["tfp_"],
    "\\b(tfp_[a-zA-Z0-9_.=-]{59})(?![\\w.=-])",
    { entropy: 3.5 }
  ),
  keyedRule("asana-client-secret", "Asana client secret", ["asana"], "asana", "[a-zA-Z0-9]{32}", { entropy: 3.5 }),
  defineRule("airtable-pat", "Airtable personal access token", ["pat"], "\\b(pat[A-Za-z0-9]{14}\\.[a-f0-9]{64})\\b", {
    entropy: 3.5
  }),
  keyedRule("airtable-api-key", "Airtable legacy API key", ["airtable"], "airtable", "key[a-zA-Z0-9]{14}", {
    entropy: 3
  }),
  keyedRule("algolia-api-key", "Algolia admin API key", ["algolia"], "algolia", "[a-f0-9]{32}"),
  keyedRule("adafruit-api-key", "Adafruit IO key", ["adafruit"], "adafruit", "[a-zA-Z0-9_-]{32}", { entropy: 3.5 }),
  defineRule("adobe-client-secret", "Adobe client secret", ["p8e-"], "\\b(p8e-[a-zA-Z0-9]{32})\\b", { entropy: 3 }),
  keyedRule("beamer-api-token", "Beamer API token", ["beamer"], "beamer", "b_[a-zA-Z0-9=_-]{44}", { entropy: 3.5 }),
  keyedRule("confluent-secret-key", "Confluent API secret", ["confluent"], "confluent", "[a-zA-Z0-9+/]{64}", {
    entropy: 4
  }),
  keyedRule(
    "contentful-delivery-api-token",
    "Contentful delivery API token",
    ["contentful"],
    "contentful",
    "[\\w=-]{43}",
    { entropy: 3.5 }
  ),
  defineRule(
    "databricks-api-token",
    "Databricks personal access token",
    ["dapi"],
    "\\b(dapi[a-f0-9]{32}(?:-\\d)?)\\b",
    { entropy: 3 }
  ),
  keyedRule("dropbox-api-token", "Dropbox short-lived access token", ["dropbox"], "dropbox", "sl\\.[\\w-]{130,152}", {
    entropy: 4
  }),
  keyedRule(
    "dropbox-long-lived-token",
    "Dropbox long-lived access token",
    ["dropbox"],
    "dropbox",
    "[a-zA-Z0-9]{11}AAAAAAAAAA[\\w-]{43}",
    { entropy: 3.5, noPlaceholderCheck: true }
  ),
  keyedRule("flickr-access-token", "Flickr API key", ["flickr"], "flickr", "[a-f0-9]{32}"),
  keyedRule("finnhub-access-token", "Finnhub API key", ["finnhub"], "finnhub", "[a-z0-9]{20}", { entropy: 3.5 }),
  keyedRule(
    "nytimes-access-token",
    "New York Times API key",
    ["nytimes", "newyorktimes", "new-york-times"],
    "nytimes|newyorktimes|new-york-times",
    "[\\w=-]{32}",
    { entropy: 3.5 }
  ),
  defineRule("frameio-api-token", "Frame.io API token", ["fio-u-"], "\\b(fio-u-[\\w=-]{64})(?![\\w=-])", {
    entropy: 3.5
  }),
  keyedRule("hubspot-api-key", "HubSpot API key", ["hubspot"], "hubspot", UUID),
  defineRule(
    "hubspot-private-app-token",
    "HubSpot private app access token",
    ["pat-na", "pat-eu"],
    `\\b(pat-(?:na|eu)\\d-${UUID})\\b`
  ),
  defineRule("linear-api-key", "Linear API key", ["lin_api_"], "\\b(lin_api_[a-zA-Z0-9]{40})\\b", { entropy: 3.5 }),
  keyedRule("linear-client-secret", "Linear OAuth client secret", ["linear"], "linear", "[a-f0-9]{32}"),
  defineRule(
    "notion-api-token",
    "Notion integration token",
    ["ntn_", "secret_"],
    "\\b(ntn_\\d{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})\\b",
    { entropy: 3.5 }
  ),
  defineRule(
    "intra42-client-secret",
    "42 Intra OAuth client secret",
    ["s-s4t2"],
    "\\b(s-s4t2(?:ud|af)-[a-f0-9]{64})\\b",
    { entropy: 3 }
  ),
  defineRule(
    "authress-service-client-key",
    "Authress service client access key",
    [".acc_", ".acc-"],
    "\\b((?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\\.[a-z0-9]{4,6}\\.acc[_-][a-z0-9-]{10,32}\\.[a-z0-9+/_=-]{30,120})",
    { entropy: 2 }
  ),
  defineRule("maxmind-license-key", "MaxMind license key", ["_mmk"], "\\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)\\b", {
    entropy: 4
  }),
  defineRule(
    "mapbox-secret-token",
    "Mapbox secret access token",
    ["sk.eyj"],
    "\\b(sk\\.eyJ[\\w-]{50,300}\\.[\\w-]{20,40})(?![\\w-])",
    { entropy: 4 }
  ),
  defineRule(
    "clickhouse-cloud-api-secret",
    "ClickHouse Cloud API secret key",
    ["4b1d"],
    "\\b(4b1d[A-Za-z0-9]{38})\\b",
    { entropy: 3.5 }
  ),
  defineRule(
    "onepassword-secret-key",
    "1Password account secret key",
    ["a3-"],
    "\\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\\b",
    { entropy: 3.5 }
  ),
  defineRule(
    "onepassword-service-account-token",
    "1Password service account token",
    ["ops_eyj"],
    "\\b(ops_eyJ[a-zA-Z0-9+/]{250,2000}={0,3})",
    { entropy: 4 }
  ),
  keyedRule("meraki-api-key", "Cisco Meraki API key", ["meraki"], "meraki", "[0-9a-f]{40}"),
  keyedRule("sumologic-access-id", "Sumo Logic access id", ["sumo"], "sumo", "su[a-zA-Z0-9]{12}", {
    severity: "medium"
  }),
  keyedRule("looker-client-id", "Looker API client id", ["looker"], "looker", "[a-z0-9]{20}", {
    entropy: 3.5,
    severity: "medium"
  }),
  keyedRule("adobe-client-id", "Adobe client id", ["adobe"], "adobe", "[a-f0-9]{32}", { severity: "medium" }),
  keyedRule("asana-client-id", "Asana client id", ["asana"], "asana", "[0-9]{16}", {
    entropy: 2.5,
    severity: "medium"
  }),
  keyedRule("confluent-access-key", "Confluent API key", ["confluent"], "confluent", "[a-z0-9]{16}", {
    entropy: 3,
    severity: "medium"
  }),
  keyedRule(
    "privateai-api-token",
    "Private AI API key",
    ["privateai", "private_ai", "private-ai"],
    "private[_-]?ai",
    "[a-z0-9]{32}",
    { entropy: 3.5 }
  )
];

// src/secrets/rules/ai.ts
var aiRules = [
  defineRule(
    "openai-api-key",
    "OpenAI API key",
    ["t3blbkfj"],
    "\\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![\\w-])",
    { validate: openAiMarker, entropy: 3.5 }
  ),
  defineRule("anthropic-api-key", "Anthropic API key", ["sk-ant-api03-"], "\\b(sk-ant-api03-[\\w-]{95})(?![\\w-])", {
    validate: anthropicMarker,
    entropy: 3.5
  }),
  defineRule(
    "anthropic-admin-api-key",
    "Anthropic admin API key",
    ["sk-ant-admin01-"],
    "\\b(sk-ant-admin01-[\\w-]{95})(?![\\w-])",
    { validate: anthropicMarker, entropy: 3.5 }
  ),
  defineRule("huggingface-access-token", "Hugging Face access token", ["hf_"], "\\b(hf_[a-zA-Z]{34})\\b", {
    entropy: 3.5
  }),
  defineRule(
    "huggingface-organization-token",
    "Hugging Face organisation API token",
    ["api_org_"],
    "\\b(api_org_[a-zA-Z]{34})\\b",
    { entropy: 3.5 }
  ),
  keyedRule("cohere-api-token", "Cohere API key", ["cohere", "co_api_key"], "cohere|co_api_key", "[a-zA-Z0-9]{40}", {
    entropy: 4
  }),
  defineRule("perplexity-api-key", "Perplexity API key", ["pplx-"], "\\b(pplx-[a-zA-Z0-9]{48})\\b", { entropy: 4 }),
  defineRule("groq-api-key", "Groq API key", ["gsk_"], "\\b(gsk_[a-zA-Z0-9]{52})\\b", { entropy: 4 }),
  defineRule("xai-api-key", "xAI API key", ["xai-"], "\\b(xai-[a-zA-Z0-9]{80})\\b", { entropy: 4 }),
  defineRule("replicate-api-token", "Replicate API token", ["r8_"], "\\b(r8_[a-zA-Z0-9]{37})\\b", { entropy: 4 }),
  keyedRule("mistral-api-key", "Mistral AI API key", ["mistral"], "mistral", "[a-zA-Z0-9]{32}", { entropy: 4 }),
  keyedRule("deepseek-api-key", "DeepSeek API key", ["deepseek"], "deepseek", "sk-[a-f0-9]{32}")
];

// src/secrets/literal-password.ts
var SAMPLE_PASSWORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "secret",
  "postgres",
  "root",
  "admin",
  "odoo",
  "test",
  "mysql",
  "guest",
  "user",
  "changeme",
  "example",
  "token",
  "false",
  "none",
  "null",
  "true"
]);
function isLiteralPassword(value) {
  if (value.length < 6 || SAMPLE_PASSWORDS.has(value.toLowerCase())) return false;
  if (/^[$%{<]/.test(value) || value.includes("${") || isPlaceholder(value)) return false;
  return shannonEntropy(value) >= 2.5;
}
function decodeBase64Text(value) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.replace(/=+$/, "").length % 4 === 1) return void 0;
  const text = Buffer.from(value, "base64").toString("utf8");
  return /^[\x20-\x7e]+$/.test(text) ? text : void 0;
}

// src/secrets/rules/structural.ts
function basicPassword(value) {
  const text = decodeBase64Text(value) ?? "";
  const colon = text.indexOf(":");
  return colon > 0 ? text.slice(colon + 1) : "";
}
var devPasswords = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "secret",
  "postgres",
  "root",
  "admin",
  "odoo",
  "test",
  "mysql",
  "guest",
  "user",
  "changeme",
  "example"
]);
var dbSchemes = [
  "postgres",
  "postgresql",
  "mysql",
  "mariadb",
  "mongodb",
  "mongodb+srv",
  "redis",
  "rediss",
  "amqp",
  "amqps",
  "mssql",
  "sqlserver",
  "cockroachdb",
  "clickhouse"
];
function isKeyBody(block) {
  const body = block.replace(/^-----BEGIN[^\n]*?-----/, "").replace(/-----END[^\n]*?-----$/, "").replace(/\\[nr]/g, "\n").split(/\r?\n/).filter((l) => !/^[A-Za-z-]+: /.test(l.trim())).join("").replace(/[\s"',]/g, "");
  return body.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(body);
}
function afterCurl(line, at) {
  if (/(?<![\w-])curl(?![\w-])/.test(line.slice(Math.max(0, at - 304), at))) return true;
  return /^[ \t]*(?:#[ \t]*|\/\/[ \t]*)?--?[A-Za-z]/.test(line);
}
var structuralRules = [
  defineRule(
    "private-key",
    "Private key (PEM, OpenSSH, PGP)",
    ["private key"],
    "-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----",
    {
      secretGroup: 0,
      noPlaceholderCheck: true,
      // Key material is base64: a body with `<your key>`, `...` or template slots is documentation.
      block: {
        open: "-----BEGIN",
        end: { marker: "-----END", close: "-----" },
        maxChars: 8e3,
        extract: (block) => isKeyBody(block) ? [{ secret: block, offset: 0 }] : []
      }
    }
  ),
  defineRule(
    "age-secret-key",
    "age encryption secret key",
    ["age-secret-key-1"],
    "(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})"
  ),
  defineRule(
    "jwt",
    "JSON Web Token",
    ["eyj"],
    "(?<![\\w-])(eyJ[A-Za-z0-9_-]{7,2000}\\.eyJ[A-Za-z0-9_-]{7,8000}\\.[A-Za-z0-9_-]{10,2000})(?![\\w-])",
    { validate: jwtStructure, severity: "medium", entropy: 3 }
  ),
  defineRule(
    "database-url-password",
    "Database connection URL with a password",
    dbSchemes.map((s) => `${s}://`),
    `\\b(?:${dbSchemes.map((s) => s.replace("+", "\\+")).join("|")})://[^\\s:@/'"]{1,100}:([^\\s@/'"]{3,200})@[\\w.-]{1,253}`,
    {
      reject: (m) => devPasswords.has((m[1] ?? "").toLowerCase()) || (m[1] ?? "").startsWith("$") || (m[1] ?? "").startsWith("%")
    }
  ),
  defineRule(
    "curl-auth-user",
    "Credentials in a curl -u/--user argument",
    ["curl", "-u ", "--user"],
    `\\s(?:-u|--user)[\\s=]{1,3}["']?([^\\s"':$]{1,100}:[^\\s"'$]{3,100})["']?`,
    {
      severity: "medium",
      // A numeric pair is a uid:gid (`-u 1000:1000`), not a login.
      reject: (m, line) => !afterCurl(line, m.index) || devPasswords.has((m[1] ?? "").split(":")[1]?.toLowerCase() ?? "") || /^\d+:\d+$/.test(m[1] ?? "")
    }
  ),
  defineRule(
    "curl-auth-header",
    "Authorization or API-key header with a literal credential in a curl command (Basic, Bearer, token or raw)",
    ["curl", '-h "', "-h '", "--header"],
    `(?:-H|--header)\\s{0,3}["'](?i:authorization|proxy-authorization|api-?key|api-?token|x-[\\w-]{0,30}api-?key|x-[\\w-]{0,20}token|private-token|token):\\s{0,5}(?:((?i:basic))\\s{1,5}|(?i:bearer|token|api-?token|apikey|sso-key)\\s{1,5})?([\\w.~+/=:-]{16,500})["']`,
    {
      secretGroup: 2,
      entropy: 3,
      severity: "medium",
      // A Basic credential is base64 of user:password: the decoded password is judged, as for Docker's auth.
      reject: (m, line) => !afterCurl(line, m.index) || m[1] !== void 0 && !isLiteralPassword(basicPassword(m[2] ?? ""))
    }
  ),
  defineRule(
    "jwt-base64",
    "Base64-encoded JSON Web Token",
    ["zxlk"],
    "(?<![A-Za-z0-9+/])(ZXlK[A-Za-z0-9+/]{40,6000}={0,2})(?![A-Za-z0-9+/=])",
    {
      severity: "medium",
      entropy: 3,
      reject: (m) => !/^eyJ[\w-]{7,}\.eyJ[\w-]{7,}\.[\w-]{10,}$/.test(
        Buffer.from(m[1] ?? "", "base64").toString("utf8").trim()
      ),
      validate: (s) => jwtStructure(Buffer.from(s, "base64").toString("utf8").trim())
    }
  )
];

// src/secrets/rules/generic.ts
var CONFIG_FILE = /(?:^|\/)(?:\.env(?:\.[\w.-]+)?|[^/]+\.(?:env|ya?ml|ini|cfg|conf|properties|toml|tfvars|sh|bash|zsh))$|(?:^|\/)(?:Dockerfile[^/]*|\.?odoorc)$/;
var EXAMPLE_PATH = /(?:^|[/._-])(?:examples?|samples?|mocks?|fixtures?|demos?|openapi|swagger)(?:[/._-]|$)/i;
var NOT_A_CREDENTIAL = /(?:next|continuation|change|request|pagination|page|sync|cancel(?:lation)?|idempotency|marker|csrf|xsrf|lifecycle[_-]?action|continue|resume|session[_-]?state|lexer|syntax|token[_-]?type|max|min|count)[_-]?tokens?$/i;
var SAMPLE_WORD = /secret|token|passw|test|dummy|sample|example|mock|fake|demo|default|mysql|postgres/i;
var UUID_VALUE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var NAME = `(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|auth[_-]?key|credentials?|private[_-]?key|client[_-]?secret)(?:[_-]?(?:id|key|value|str|string))?`;
function identifierBefore(line, end) {
  let i = end;
  while (i > 0 && /[\w.$-]/.test(line[i - 1])) i--;
  return { name: line.slice(i, end), before: line[i - 1] ?? "" };
}
function isEncodedText(value) {
  if (!/^[A-Za-z0-9+/_-]{12,}={0,2}$/.test(value)) return false;
  const bare = value.replace(/=+$/, "");
  if (bare.length % 4 === 1) return false;
  const decoded = Buffer.from(bare.replaceAll("-", "+").replaceAll("_", "/"), "base64").toString("latin1");
  if (!/^[\x20-\x7e\t\r\n]+$/.test(decoded) || !/[A-Za-z]{4}/.test(decoded)) return false;
  let strings;
  try {
    strings = jsonStrings(JSON.parse(decoded));
  } catch {
    strings = decoded.split(/[\s"':,;=&{}[\]()]+/);
  }
  return !strings.some((w) => w.length >= 16 && shannonEntropy(w) >= 3.5 && /\d/.test(w) && /[A-Za-z]/.test(w));
}
function jsonStrings(v) {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(jsonStrings);
  if (v !== null && typeof v === "object") return Object.values(v).flatMap(jsonStrings);
  return [];
}
var VENDORED = /\.min\.(?:js|css|mjs)$|(?:^|\/)(?:vendors?|third[_-]?party|node_modules|bower_components)\/|\/static\/(?:src\/)?lib\//i;
var genericRules = [
  defineRule(
    "generic-api-key",
    "High-entropy value assigned to a secret-named key",
    [
      "secret",
      "token",
      "passw",
      "api_key",
      "apikey",
      "api-key",
      "access_key",
      "accesskey",
      "auth_key",
      "credential",
      "private_key",
      "client_secret"
    ],
    `(?i:${NAME})["'\`]{0,1}(?:[ \\t]{0,3}(?:=|:=|=>|\\?=)|:(?=[ \\t])|(?<=["'\`]):)[ \\t]{0,5}(["'\`]?)([A-Za-z0-9+/_.~!@#%^*-]{12,200}={0,3})\\1(?=[\\s;,)'"\`}\\]]|$)`,
    {
      secretGroup: 2,
      entropy: 3.5,
      severity: "medium",
      reject: (m, line, path) => {
        const value = m[2] ?? "";
        if (EXAMPLE_PATH.test(path)) return true;
        if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value) || UUID_VALUE.test(value) || SAMPLE_WORD.test(value) || isEncodedText(value))
          return true;
        if ((VENDORED.test(path) || line.length > 2e3) && (value.length < 24 || shannonEntropy(value) < 4.3))
          return true;
        const { name, before } = identifierBefore(line, m.index);
        if (before === ":" || before === "/") return true;
        if (NOT_A_CREDENTIAL.test(name + m[0].replace(/["'`\s=:>?].*$/s, ""))) return true;
        if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return true;
        const quoted = (m[1] ?? "") !== "";
        return !quoted && /^[A-Za-z_$][\w$]*$/.test(value) && !CONFIG_FILE.test(path);
      }
    }
  )
];

// src/secrets/rules/odoo.ts
var ODOO_CONFIG = /(?:^|\/)(?:[^/]+\.(?:conf|cfg|ini)|\.?odoorc)$/;
var DATA_FILE = /(?:^|\/)(?:\.env(?:\.[\w.-]+)?|[^/]+\.(?:env|ya?ml|toml|properties|json|sh|bash|zsh|service|txt))$|(?:^|\/)(?:Dockerfile[^/]*|Makefile|[^/.]+)$/;
var unset = /* @__PURE__ */ new Set(["false", "none", "", "admin", "odoo", "postgres", "password"]);
function isOdooSecret(value) {
  const v = value.trim();
  if (unset.has(v.toLowerCase()) || v.startsWith("$") || v.startsWith("%")) return false;
  return isLiteralPassword(v);
}
var odoo = (id, key, description) => defineRule(id, description, [key], `^[ \\t]*${key}[ \\t]*=[ \\t]*([^\\s](?:[^\\r\\n]{0,198}[^\\s])?)`, {
  paths: ODOO_CONFIG,
  // A pbkdf2 hash (what Odoo writes after the first login) is not the password itself.
  reject: (m) => !isOdooSecret(m[1] ?? "")
});
var SETTING = "(?:admin_passwd|db_password|smtp_password|PGPASSWORD|ADMIN_PASSWD|DB_PASSWORD|SMTP_PASSWORD)";
var SECRET_PARAMETER = /(?:key|secret|token|passw(?:or)?d|pwd|credential)s?(?:[_.-]\w{0,20})?$/i;
function isParameterSecret(value) {
  const v = value.trim();
  if (v.length < 12 || isPlaceholder(v) || /^(?:true|false|none|\d+)$/i.test(v)) return false;
  if (/^(?:https?:\/\/|\/|[\w.-]+@[\w.-]+$)/.test(v) || /\s/.test(v)) return false;
  return /[0-9]/.test(v) && /[A-Za-z]/.test(v) && shannonEntropy(v) >= 3.3;
}
function configParameterSecrets(block) {
  const key = /<field[ \t]{1,5}name=["']key["'][ \t]{0,5}>([^<]{1,200})<\/field>/.exec(block);
  const value = /<field[ \t]{1,5}name=["']value["'][ \t]{0,5}>([^<]{1,2000})<\/field>/.exec(block);
  if (!key || !value || !SECRET_PARAMETER.test(key[1].trim()) || !isParameterSecret(value[1])) return [];
  return [
    { secret: value[1].trim(), offset: value.index + value[0].indexOf(">") + 1 + value[1].indexOf(value[1].trim()) }
  ];
}
var odooRules = [
  odoo("odoo-admin-passwd", "admin_passwd", "Odoo master password (admin_passwd) in a server config"),
  odoo("odoo-db-password", "db_password", "Odoo database password (db_password) in a server config"),
  odoo("odoo-smtp-password", "smtp_password", "Odoo outgoing mail password (smtp_password) in a server config"),
  defineRule(
    "server-password-setting",
    "Odoo master, database or SMTP password (or PGPASSWORD) in a compose or env file, a script or code",
    ["admin_passwd", "db_password", "smtp_password", "pgpassword"],
    `(?<![A-Za-z0-9-])${SETTING}["'\\]]{0,2}[ \\t]{0,5}(?:=|:(?![:\\w])|=>)[ \\t]{0,5}(["']?)([^\\s"'\`,;#(){}\\[\\]]{1,200})\\1(?![\\w(\\[.])`,
    {
      secretGroup: 2,
      reject: (m, _line, path) => {
        if (!isOdooSecret(m[2] ?? "")) return true;
        return m[1] === "" && !DATA_FILE.test(path) && !ODOO_CONFIG.test(path);
      }
    }
  ),
  defineRule(
    "server-password-env-entry",
    "Odoo master, database or SMTP password (or PGPASSWORD) as a literal name/value env entry (Kubernetes, ECS)",
    ["admin_passwd", "db_password", "smtp_password", "pgpassword"],
    `name["']?:[ \\t]{0,5}["']?${SETTING}["']?[ \\t]{0,5},?[ \\t]{0,5}\\r?\\n?[ \\t]{0,40}-?[ \\t]{0,5}["']?value["']?:[ \\t]{0,5}(["']?)([^\\s"'\`,;#(){}\\[\\]]{1,120})\\1[ \\t]{0,5}(?:,|\\}|\\r?$)`,
    { secretGroup: 2, multiline: 240, flags: "m", reject: (m) => !isOdooSecret(m[2] ?? "") }
  ),
  defineRule(
    "odoo-cli-password",
    "Password given to odoo-bin on its command line (--db_password, --smtp-password)",
    ["--db_password", "--db-password", "--smtp-password", "--smtp_password"],
    `(?<![\\w-])--(?:db[_-]password|smtp[_-]password)(?:=|[ \\t]{1,5})(["']?)([^\\s"'$\`;|&]{1,200})\\1`,
    { secretGroup: 2, reject: (m) => !isOdooSecret(m[2] ?? "") }
  ),
  defineRule(
    "odoo-config-parameter",
    "Credential stored as data in an ir.config_parameter record",
    ["ir.config_parameter"],
    `model=["']ir\\.config_parameter["']`,
    {
      secretGroup: 0,
      noPlaceholderCheck: true,
      block: {
        open: "ir.config_parameter",
        end: { marker: "</record", close: ">" },
        maxChars: 4e3,
        extract: configParameterSecrets
      }
    }
  ),
  defineRule(
    "odoo-config-parameter-csv",
    "Credential stored as data in an ir.config_parameter CSV file",
    [],
    `^[^,\\r\\n]{1,200},"?([\\w.-]{1,200})"?,"?([^",\\r\\n]{12,2000})"?[ \\t]*\\r?$`,
    {
      secretGroup: 2,
      paths: /(?:^|\/)ir[._]config[._]parameter\.csv$/,
      reject: (m) => !SECRET_PARAMETER.test(m[1] ?? "") || !isParameterSecret(m[2] ?? "")
    }
  ),
  defineRule(
    "odoo-set-param-secret",
    "Credential written into ir.config_parameter from code (set_param with a literal value)",
    ["set_param"],
    `set_param\\([ \\t]{0,5}["']([\\w.-]{1,200})["'][ \\t]{0,5},[ \\t]{0,5}["']([^"'\\r\\n]{12,2000})["']`,
    {
      secretGroup: 2,
      reject: (m) => !SECRET_PARAMETER.test(m[1] ?? "") || !isParameterSecret(m[2] ?? "")
    }
  )
];

// src/secrets/rules/scripts.ts
var SCRIPT_FILE = /(?:\.(?:sh|bash|zsh|ksh|ps1|bat|cmd|mk)$|(?:^|\/)(?:Dockerfile[^/]*|Makefile|[^/.]+)$|(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$)/;
var SECRET_NAME = "(?:API_KEY|APIKEY|TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|CREDENTIALS?)";
var NOT_A_VALUE = /_(?:FILE|PATH|URL|URI|NAME|ID|HEADER|TYPE|ENDPOINT|DIR|LENGTH|EXPIRY|TTL)$/i;
var scriptRules = [
  defineRule(
    "script-hardcoded-secret",
    "Secret hard-coded in a script variable (*_API_KEY=literal)",
    ["api_key", "apikey", "token", "secret", "password", "passwd", "private_key", "credential"],
    `^[ \\t]*(?:export[ \\t]+|readonly[ \\t]+|declare[ \\t]+(?:-x[ \\t]+)?|local[ \\t]+|ENV[ \\t]+|ARG[ \\t]+)?([A-Za-z_][A-Za-z0-9_]{0,60}${SECRET_NAME}[A-Za-z0-9_]{0,30})=(["']?)([^\\s"'$\`;|&(){}]{8,300})\\2[ \\t]*(?:[;#]|\\r?$)`,
    {
      flags: "i",
      secretGroup: 3,
      paths: SCRIPT_FILE,
      entropy: 2.5,
      reject: (m) => NOT_A_VALUE.test(m[1] ?? "") || /^(?:\/|\.\.?\/|~|https?:)/.test(m[3] ?? "")
    }
  ),
  defineRule(
    "script-token-prompt",
    "Interactive prompt for a token or password that echoes what is typed (read -p without -s)",
    ["read"],
    `(?:^|[;&|(]|\\s)read((?:[ \\t]+-[A-Za-z]{1,6}(?:[ \\t]+[0-9]{1,4})?){0,8}?)[ \\t]+-([A-Za-z]{0,5})p[ \\t]*(["'])([^"'\\n]{0,200})\\3`,
    {
      secretGroup: 4,
      severity: "medium",
      paths: SCRIPT_FILE,
      noPlaceholderCheck: true,
      redact: false,
      reject: (m) => /s/.test((m[1] ?? "") + (m[2] ?? "")) || !/token|passw|secret|api[ _-]?key|passphrase|credential/i.test(m[4] ?? "")
    }
  ),
  defineRule(
    "script-secret-echo",
    "Secret variable echoed to the log",
    ["echo", "printf"],
    `\\$\\{?([A-Za-z_][A-Za-z0-9_]{0,60}${SECRET_NAME}[A-Za-z0-9_]{0,30})\\}?`,
    {
      flags: "i",
      severity: "medium",
      paths: SCRIPT_FILE,
      noPlaceholderCheck: true,
      redact: false,
      reject: (m, line) => {
        if (NOT_A_VALUE.test(m[1] ?? "") || !echoedBefore(line, m.index)) return true;
        const rest = line.slice((m.index ?? 0) + m[0].length);
        return /(?:^|[^|])\|(?!\|)|>/.test(rest);
      }
    }
  )
];
function echoedBefore(line, at) {
  const before = line.slice(Math.max(0, at - 306), at);
  let last = -1;
  for (const m of before.matchAll(/(?<![\w-])(?:echo|printf)(?![\w-])/g)) last = m.index + m[0].length;
  return last >= 0 && !/[|;&>]/.test(before.slice(last));
}

// src/secrets/rules/credential-files.ts
var credentialFileRules = [
  defineRule(
    "url-credentials",
    "Password in an http(s), git, ftp or ssh URL (git remote, .git-credentials, package index URL)",
    ["://"],
    `(?<![\\w+.-])(?:https?|git|ssh|ftps?|sftp|git\\+https|git\\+ssh)://[^\\s:@/'"\`]{1,100}:([^\\s@/'"\`]{3,200})@[\\w.-]{1,253}`,
    { reject: (m) => !isLiteralPassword(m[1] ?? "") }
  ),
  defineRule(
    "netrc-password",
    "Password in a .netrc entry (machine \u2026 login \u2026 password \u2026)",
    ["machine"],
    `(?<![\\w-])machine[ \\t]{1,10}[\\w.-]{1,253}[ \\t]{1,10}login[ \\t]{1,10}[^\\s]{1,100}[ \\t]{1,10}password[ \\t]{1,10}([^\\s]{3,200})`,
    { reject: (m) => !isLiteralPassword(m[1] ?? "") }
  ),
  defineRule(
    "cli-password",
    "Password given on a command line (sshpass -p, mysql -p, wget/ftp --password, PGPASSWORD=)",
    ["sshpass", "mysql", "mysqldump", "wget", "pgpassword", "mariadb"],
    `(?:(?<![\\w-])sshpass[ \\t]{1,5}-p[ \\t]{0,5}|[ \\t](?:-p|--password=)|[ \\t]--(?:ftp-|http-)password[= ]|(?<![\\w-])PGPASSWORD=)(["']?)([^\\s"'$\`;|&]{3,200})\\1`,
    {
      secretGroup: 2,
      severity: "medium",
      // The regex starts at the option; the command it belongs to is looked up behind it, on
      // the same line and at most 200 characters back, so dense command words cost nothing.
      reject: (m, line) => {
        if (!isLiteralPassword(m[2] ?? "")) return true;
        if (/sshpass|PGPASSWORD/.test(m[0].slice(0, 12))) return false;
        const before = line.slice(Math.max(0, m.index - 200), m.index);
        return !/(?<![\w-])(?:mysql|mysqldump|mariadb|wget)(?![\w-])/.test(before);
      }
    }
  ),
  defineRule(
    "ansible-password",
    "Connection or become password written in an Ansible inventory or vars file",
    ["ansible_"],
    `(?<![\\w-])ansible_(?:become_|ssh_|sudo_|winrm_)?pass(?:word)?["']?[ \\t]{0,5}[:=][ \\t]{0,5}(["']?)([^\\s"'{}$]{1,200})\\1(?![^\\s#])`,
    { secretGroup: 2, reject: (m) => !isLiteralPassword(m[2] ?? "") }
  )
];

// src/secrets/rules/credential-stores.ts
function encodesUserPassword(value) {
  const text = decodeBase64Text(value);
  const colon = text?.indexOf(":") ?? -1;
  return text !== void 0 && colon > 0 && isLiteralPassword(text.slice(colon + 1));
}
function isKeyMaterial(value, minLength, minEntropy) {
  return value.length >= minLength && !isPlaceholder(value) && shannonEntropy(value) >= minEntropy;
}
var WP_SAMPLE = /put your unique phrase here|_here$/i;
var credentialStoreRules = [
  defineRule(
    "docker-config-auth",
    "Registry credentials in a Docker config.json or .dockercfg (auth: base64 of user:password)",
    ['"auth"'],
    `"auth"[ \\t]{0,5}:[ \\t]{0,5}"([A-Za-z0-9+/]{8,2000}={0,2})"`,
    { reject: (m) => !encodesUserPassword(m[1] ?? "") }
  ),
  defineRule(
    "docker-config-identity-token",
    "Registry identity (refresh) token in a Docker config.json",
    ['"identitytoken"'],
    `"identitytoken"[ \\t]{0,5}:[ \\t]{0,5}"([\\w.~+/=-]{16,4000})"`,
    { entropy: 3 }
  ),
  defineRule(
    "nuget-cleartext-password",
    "Clear-text package source password in a NuGet.Config (packageSourceCredentials)",
    ["cleartextpassword"],
    `key=["']ClearTextPassword["'][ \\t]{1,20}value=["']([^"'<>\\r\\n]{1,300})["']`,
    { reject: (m) => !isLiteralPassword(m[1] ?? "") }
  ),
  defineRule(
    "pgpass-password",
    "Password in a PostgreSQL .pgpass file (host:port:database:user:password)",
    [],
    `^[^:\\s#]{1,253}:(?:\\d{1,5}|\\*):[^:\\s]{1,100}:[^:\\s]{1,100}:([^\\s]{1,200})[ \\t]*\\r?$`,
    { paths: /(?:^|\/)\.?pgpass(?:\.conf)?$/, reject: (m) => !isLiteralPassword(m[1] ?? "") }
  ),
  defineRule(
    "htpasswd-hash",
    "Password hash in an .htpasswd file (crackable offline)",
    [],
    `^[^:\\s#]{1,255}:((?:\\$(?:apr1|2[abxy]?|5|6)\\$|\\{SHA\\})[./A-Za-z0-9$=+]{8,200}|[./A-Za-z0-9]{13})[ \\t]*\\r?$`,
    { paths: /(?:^|\/)\.?htpasswd[^/]*$/, severity: "medium" }
  ),
  defineRule(
    "s3cfg-secret-key",
    "Secret key or passphrase in an s3cmd configuration (.s3cfg)",
    ["secret_key", "gpg_passphrase", "access_token"],
    `^[ \\t]*(?:secret_key|gpg_passphrase|access_token)[ \\t]*=[ \\t]*([^\\s]{6,500})[ \\t]*\\r?$`,
    { paths: /(?:^|\/)\.?s3cfg$/, reject: (m) => !isLiteralPassword(m[1] ?? "") }
  ),
  defineRule(
    "wordpress-config-secret",
    "Database password, key or salt in a wp-config.php define('DB_PASSWORD', \u2026)",
    ["db_password", "auth_key", "auth_salt", "logged_in_", "nonce_key", "nonce_salt"],
    `define\\([ \\t]{0,5}["'](?:DB_PASSWORD|(?:SECURE_)?AUTH_(?:KEY|SALT)|LOGGED_IN_(?:KEY|SALT)|NONCE_(?:KEY|SALT))["'][ \\t]{0,5},[ \\t]{0,20}(["'])([^"'\\r\\n]{1,200})\\1[ \\t]{0,5}\\)`,
    { secretGroup: 2, reject: (m) => WP_SAMPLE.test(m[2] ?? "") || !isLiteralPassword(m[2] ?? "") }
  ),
  defineRule(
    "rails-master-key",
    "Rails master key (config/master.key, config/credentials/*.key)",
    [],
    "^([0-9a-f]{32})[ \\t]*\\r?$",
    {
      paths: /(?:^|\/)config\/(?:master|credentials\/[\w.-]{1,100})\.key$/,
      reject: (m) => !isKeyMaterial(m[1] ?? "", 32, 3)
    }
  ),
  defineRule(
    "rails-secret-key-base",
    "Rails secret_key_base written in a config file",
    ["secret_key_base"],
    `secret_key_base["']?[ \\t]{0,5}(?::|=>?)[ \\t]{0,5}["']?([0-9a-f]{64,256})(?![0-9a-zA-Z])`,
    { reject: (m) => !isKeyMaterial(m[1] ?? "", 64, 3.3) }
  ),
  defineRule(
    "laravel-app-key",
    "Laravel application key (APP_KEY=base64:\u2026)",
    ["app_key"],
    `(?<![\\w-])APP_KEY[ \\t]{0,5}[=:][ \\t]{0,5}["']?(base64:[A-Za-z0-9+/]{43}=)`,
    { reject: (m) => !isKeyMaterial(m[1] ?? "", 50, 4) }
  ),
  defineRule(
    "django-secret-key",
    "Django SECRET_KEY written in a settings module",
    ["secret_key"],
    `^[ \\t]*SECRET_KEY[ \\t]{0,5}=[ \\t]{0,5}(?:[rb]?)(["'])([^"'\\s]{32,200})\\1`,
    {
      secretGroup: 2,
      paths: /(?:^|\/)(?:settings|[\w-]*settings[\w-]*|local_settings|prod(?:uction)?|base)\.py$|(?:^|\/)settings\/[\w-]+\.py$/,
      // Django's startproject template prefixes the key with `django-insecure-`: still a key.
      reject: (m) => !isKeyMaterial(m[2] ?? "", 32, 3.5)
    }
  ),
  defineRule(
    "filezilla-password",
    "Saved password in a FileZilla sitemanager.xml or recentservers.xml",
    ["<pass"],
    `<Pass(?:[ \\t]{1,5}encoding=["'](base64)["'])?[ \\t]{0,5}>([^<\\s]{1,400})</Pass>`,
    {
      secretGroup: 2,
      reject: (m) => {
        const value = m[1] ? decodeBase64Text(m[2] ?? "") : m[2];
        return value === void 0 || !isLiteralPassword(value);
      }
    }
  ),
  defineRule(
    "robomongo-password",
    "Saved password in a Robo 3T / Robomongo connection file",
    ["userpassword", "sshuserpassword", "sshpassphrase"],
    `"(?:userPassword|sshUserPassword|sshPassphrase)"[ \\t]{0,5}:[ \\t]{0,5}"([^"\\r\\n]{1,300})"`,
    { reject: (m) => !isLiteralPassword(m[1] ?? "") }
  ),
  defineRule(
    "sentry-dsn-public-key",
    "Sentry DSN with its key (lets anyone send events to the project)",
    ["sentry", "dsn"],
    `(?<![\\w+.-])https?://([0-9a-f]{32})@[\\w.-]{1,253}(?::\\d{1,5})?/(?:[\\w.-]{1,100}/){0,3}\\d{1,12}(?![\\w/])`,
    { severity: "low", entropy: 3 }
  )
];

// src/secrets/all-rules.ts
function allRules() {
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
    ...genericRules
  ];
}

export {
  allRules
};
