import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  renderSandboxPr
} from "./chunk-TLE24KNG.js";
import {
  sandboxVerdict,
  startSandbox
} from "./chunk-XXCCACSK.js";
import {
  hasAppCredentials,
  startApp
} from "./chunk-UC4NCY26.js";
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

// app/sandbox/serve-sandbox.ts
import { createServer } from "node:http";
async function serveSandbox(o) {
  o.out("Starting the sandbox (a simulated GitHub and the oda App)...\n");
  const sandbox = await startSandbox({ progress: (step) => o.out(`  ${step}...
`), ...o });
  let busy = Promise.resolve();
  const open = (head, base) => {
    const next = busy.then(async () => {
      o.out(`Opening a pull request from ${head}; the App is running its checks...
`);
      const pr = await sandbox.openPr({ head, ...base ? { base } : {} });
      const exitCode = pr.checkRuns.length === 0 ? 0 : sandboxVerdict(pr.checkRuns);
      const result = {
        schemaVersion: 1,
        repo: `${sandbox.owner}/${sandbox.repo}`,
        pull: { number: pr.number, head, base: base ?? sandbox.defaultBranch, headSha: pr.headSha },
        checkRuns: pr.checkRuns,
        verdict: exitCode === 0 ? "success" : "failure",
        exitCode
      };
      o.out(renderSandboxPr(result));
      return result;
    });
    busy = next.catch(() => void 0);
    return next;
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox");
    if (req.method === "POST" && url.pathname === "/pulls") {
      const head = url.searchParams.get("head") ?? "";
      open(head, url.searchParams.get("base") ?? void 0).then(
        (r) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(r, null, 2)),
        (e) => res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: e instanceof Error ? e.message : String(e) }))
      );
      return;
    }
    if (req.method === "GET" && url.pathname === "/") {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(help(sandbox, controlUrl));
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("not found: GET / or POST /pulls?head=<branch>\n");
  });
  await new Promise((resolve) => server.listen(o.controlPort ?? 0, "127.0.0.1", () => resolve()));
  const address = server.address();
  const controlUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  o.out(help(sandbox, controlUrl));
  const demo = o.demoHead === void 0 ? sandbox.branches.find((b) => b !== sandbox.defaultBranch) : o.demoHead;
  if (demo) await open(demo);
  return {
    sandbox,
    controlUrl,
    async close() {
      await new Promise((resolve) => server.close(() => resolve()));
      await sandbox.close();
    }
  };
}
function help(s, controlUrl) {
  const heads = s.branches.filter((b) => b !== s.defaultBranch);
  return [
    "oda sandbox: no GitHub App credentials (APP_ID, PRIVATE_KEY, WEBHOOK_SECRET), so oda runs against a simulated GitHub.",
    `  simulated GitHub  ${s.sim.url}  serving ${s.owner}/${s.repo} from ${s.gitDir}`,
    `  oda App           ${s.app.webhookUrl}`,
    "",
    `Open a pull request from one of its branches (${heads.join(", ") || "none besides the default branch"}):`,
    `  curl -X POST '${controlUrl}/pulls?head=${heads[0] ?? "<branch>"}'`,
    "or, in one command that starts and stops everything itself:",
    `  oda sandbox pr --head ${heads[0] ?? "<branch>"}`,
    "Press Ctrl-C to stop.",
    ""
  ].join("\n");
}

// app/sandbox/serve-app-or-sandbox.ts
async function serveAppOrSandbox(o) {
  const signal = o.signal ?? untilTerminated();
  const running = hasAppCredentials(o.env) ? await startApp({ env: o.env }) : await serveSandbox({ out: o.out });
  if ("webhookUrl" in running) o.out(`oda App serving GitHub: webhooks at ${running.webhookUrl}
`);
  await new Promise(
    (resolve) => signal.aborted ? resolve() : signal.addEventListener("abort", () => resolve(), { once: true })
  );
  await running.close();
  return 0;
}
function untilTerminated() {
  const c = new AbortController();
  for (const s of ["SIGINT", "SIGTERM"]) process.once(s, () => c.abort());
  return c.signal;
}
export {
  serveAppOrSandbox
};
