import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/secrets/entropy.ts
function shannonEntropy(s) {
  if (s.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

// src/secrets/public-values.ts
var PUBLIC_VALUES = [
  { value: "AKIAIOSFODNN7EXAMPLE", source: "AWS IAM User Guide, example access key ID" },
  { value: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", source: "AWS IAM User Guide, example secret access key" },
  { value: "sk_test_4eC39HqLyjWDarjtT1zdp7dc", source: "Stripe API reference, sample test secret key" },
  { value: "pk_test_TYooMQauvdEDq54NiTphI7jx", source: "Stripe API reference, sample test publishable key" },
  {
    value: "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
    source: "Stripe documentation (earlier editions), sample test secret key"
  },
  {
    value: "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIi",
    source: 'jwt.io debugger sample token, payload {"sub":"1234567890","name":"John Doe",\u2026}',
    fragment: true
  },
  { value: "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", source: "jwt.io debugger sample token, HS256 signature" },
  {
    value: "aBBKDWQvyuVcTPH9EBp%2FXTI9E%2F%2Fmq171%2BZU178wcwqU%3D",
    source: "AWS DataSync User Guide, Azure Blob SAS token example"
  },
  // Google API keys in the public sample and test configuration of firebase/firebase-android-sdk.
  ...[
    "AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs",
    "AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM",
    "AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU",
    "AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0",
    "AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c",
    "AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4",
    "AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY",
    "AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM",
    "AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ",
    "AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g",
    "AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU",
    "AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw",
    "AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE",
    "AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY"
  ].map((value) => ({ value, source: "firebase/firebase-android-sdk, public sample and test configuration" }))
];
var exact = new Set(PUBLIC_VALUES.filter((e) => !e.fragment).map((e) => e.value));
var fragments = PUBLIC_VALUES.filter((e) => e.fragment).map((e) => e.value);
function isPublicValue(value) {
  return exact.has(value) || fragments.some((f) => value.includes(f));
}

// src/secrets/placeholder.ts
var placeholderWords = [
  "example",
  "sample",
  "placeholder",
  "changeme",
  "change_me",
  "change-me",
  "dummy",
  "redacted",
  "your_",
  "your-",
  "yourtoken",
  "xxxx",
  "****",
  "....",
  "<",
  ">",
  "${",
  "{{",
  "$(",
  "%(",
  "insert",
  "replace_",
  "notreal",
  "not_real",
  "not-a-real",
  "fake_",
  "todo"
];
function hasAscendingRun(s, n) {
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    run = s.charCodeAt(i) === s.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run >= n) return true;
  }
  return false;
}
function hasRepeatRun(s, n) {
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    run = s.charCodeAt(i) === s.charCodeAt(i - 1) ? run + 1 : 1;
    if (run >= n) return true;
  }
  return false;
}
function isPlaceholder(value) {
  if (isPublicValue(value)) return true;
  const lower = value.toLowerCase();
  for (const w of placeholderWords) if (lower.includes(w)) return true;
  if (/\{[\w.:-]*\}/.test(value) || /^[*•xX.#-]+$/.test(value)) return true;
  return hasAscendingRun(value, 7) || hasRepeatRun(value, 6);
}

export {
  shannonEntropy,
  isPlaceholder
};
