import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  sandboxVerdict,
  startSandbox
} from "./chunk-XXCCACSK.js";
import "./chunk-UC4NCY26.js";
import "./chunk-OC5FE67W.js";
import "./chunk-OIBAPXGB.js";
import "./chunk-GXEBDXYZ.js";
import "./chunk-PFPUPQDA.js";
import "./chunk-SIJH5WKV.js";
import "./chunk-7DBNCOUC.js";
import "./chunk-3GBDCY7Q.js";
import "./chunk-OEKSQ5ZW.js";
import "./chunk-MUABRNOO.js";
import "./chunk-NGDJFKZU.js";
import "./chunk-ADIGWMAD.js";
import "./chunk-SQSYLVYG.js";
import "./chunk-NEK22LCI.js";
import "./chunk-RGNHKACQ.js";
import "./chunk-INJCVSTR.js";
import "./chunk-NW6B6BBN.js";
import "./chunk-WUGLCLR5.js";
import "./chunk-IGS54RTM.js";
import "./chunk-QTNHXZD3.js";
import "./chunk-H4D52SFG.js";
import "./chunk-F2GYBYQM.js";
import "./chunk-LJALDYRS.js";
import "./chunk-I63FROPD.js";
import "./chunk-4SW5MQ5N.js";
import "./chunk-L3URI5J3.js";
import "./chunk-ZZVN4ZIJ.js";
import "./chunk-NSCG2XAA.js";
import "./chunk-HNVKVUKN.js";
import "./chunk-4CEKIALU.js";
import "./chunk-T3AJA6AO.js";
import "./chunk-HFEUIW6P.js";
import "./chunk-SWTBR4TC.js";
import "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// app/sandbox/sandbox-pr.ts
async function sandboxPr(o) {
  const sandbox = await startSandbox(o);
  try {
    const base = o.base ?? sandbox.defaultBranch;
    const pr = await sandbox.openPr({ head: o.head, base });
    const exitCode = pr.checkRuns.length === 0 ? 0 : sandboxVerdict(pr.checkRuns);
    return {
      schemaVersion: 1,
      repo: `${sandbox.owner}/${sandbox.repo}`,
      pull: { number: pr.number, head: o.head, base, headSha: pr.headSha },
      checkRuns: pr.checkRuns,
      verdict: exitCode === 0 ? "success" : "failure",
      exitCode
    };
  } finally {
    await sandbox.close();
  }
}
export {
  sandboxPr
};
