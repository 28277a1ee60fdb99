import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-HFEUIW6P.js";

// src/config/unknown-environment-error.ts
var UnknownEnvironmentError = class extends Error {
  name = "UnknownEnvironmentError";
  usage = true;
  environment;
  constructor(environment, message) {
    super(message);
    this.environment = environment;
  }
};

// src/config/find-environment.ts
function findEnvironment(config, name) {
  const env = Object.hasOwn(config.environments, name) ? config.environments[name] : void 0;
  if (!env) {
    const known = Object.keys(config.environments);
    const hint = didYouMean(name, known);
    throw new UnknownEnvironmentError(
      name,
      `environment ${JSON.stringify(name.slice(0, 60))} is not configured in .github/oda.yml; ${known.length > 0 ? `configured: ${known.join(", ")}` : "no environments are configured"}${hint ? `; did you mean "${hint}"?` : ""}`
    );
  }
  return env;
}

export {
  findEnvironment
};
