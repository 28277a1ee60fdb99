import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/fs/link-outside-message.ts
function linkOutsideMessage(path) {
  return `${path} leads outside the repository (through a symbolic link or a chain of them, or its own path): it was not followed or read`;
}

export {
  linkOutsideMessage
};
