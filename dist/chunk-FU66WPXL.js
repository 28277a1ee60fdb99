import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import "./chunk-LY7GTVVW.js";

// bin/hosted-faces.ts
var hostedFaces = {
  action: async (op, env) => (await import("./chunk-K43MRSMQ.js")).runFromAction(op, env),
  hasAppCredentials: async (env) => (await import("./chunk-QYO7K5Y6.js")).hasAppCredentials(env),
  serveAppOrSandbox: async (o) => (await import("./chunk-A3PKXWRW.js")).serveAppOrSandbox(o),
  sandboxPr: async ({ format, ...options }) => {
    const { sandboxPr } = await import("./chunk-77T6K75H.js");
    const { renderSandboxPr } = await import("./chunk-HLC7GE5B.js");
    const result = await sandboxPr(options);
    return {
      exitCode: result.exitCode,
      output: format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderSandboxPr(result)
    };
  },
  serve: async (command) => (await import("./chunk-OO5KWIHR.js")).serveCommand(command),
  mcp: async (o) => (await import("./chunk-JOI3CAZL.js")).serveMcpStdio(o)
};
export {
  hostedFaces
};
