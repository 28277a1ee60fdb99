import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import "./chunk-LY7GTVVW.js";

// bin/hosted-faces.ts
var hostedFaces = {
  action: async (op, env) => (await import("./chunk-KOFMZCWS.js")).runFromAction(op, env),
  hasAppCredentials: async (env) => (await import("./chunk-WJIXT77J.js")).hasAppCredentials(env),
  serveAppOrSandbox: async (o) => (await import("./chunk-6VGI7OUK.js")).serveAppOrSandbox(o),
  sandboxPr: async ({ format, ...options }) => {
    const { sandboxPr } = await import("./chunk-PFYLNXQJ.js");
    const { renderSandboxPr } = await import("./chunk-HLC7GE5B.js");
    const result = await sandboxPr(options);
    return {
      exitCode: result.exitCode,
      output: format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderSandboxPr(result)
    };
  },
  serve: async (command) => (await import("./chunk-JSHFUXPQ.js")).serveCommand(command),
  mcp: async (o) => (await import("./chunk-ZJ3N3KR7.js")).serveMcpStdio(o)
};
export {
  hostedFaces
};
